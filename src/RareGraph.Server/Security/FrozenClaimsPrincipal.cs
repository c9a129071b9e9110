using System.Security.Claims;

namespace RareGraph.Server.Security;

/// <summary>A principal of one <see cref="FrozenClaimsIdentity"/> that takes no further identities (it is shared).</summary>
internal sealed class FrozenClaimsPrincipal(FrozenClaimsIdentity identity) : ClaimsPrincipal(identity)
{
    public override void AddIdentity(ClaimsIdentity identity) =>
        throw new InvalidOperationException("This principal is shared by every request with the same API key; clone it to change it.");

    public override void AddIdentities(IEnumerable<ClaimsIdentity> identities) =>
        throw new InvalidOperationException("This principal is shared by every request with the same API key; clone it to change it.");

    public override ClaimsPrincipal Clone() => new(Identities.Select(i => i.Clone()));
}
