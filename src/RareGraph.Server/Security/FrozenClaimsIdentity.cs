using System.Security.Claims;

namespace RareGraph.Server.Security;

/// <summary>
/// An identity whose claims cannot change after it is made: it is shared by every request presenting the same
/// configured key (<see cref="ApiKeyPrincipal"/>), so a claim added for one request would be seen by all the others.
/// </summary>
internal sealed class FrozenClaimsIdentity(IEnumerable<Claim> claims, string authenticationType)
    : ClaimsIdentity(claims, authenticationType)
{
    public override void AddClaim(Claim claim) => throw Frozen();

    public override void AddClaims(IEnumerable<Claim?> claims) => throw Frozen();

    public override void RemoveClaim(Claim? claim) => throw Frozen();

    public override bool TryRemoveClaim(Claim? claim) => throw Frozen();

    public override ClaimsIdentity Clone() => new(Claims, AuthenticationType);

    private static InvalidOperationException Frozen() =>
        new("This identity is shared by every request with the same API key; clone it to change its claims.");
}
