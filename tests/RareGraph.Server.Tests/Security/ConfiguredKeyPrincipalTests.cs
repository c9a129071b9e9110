using System.Security.Claims;
using RareGraph.GraphQL.Security;
using RareGraph.Server.Security;

namespace RareGraph.Server.Tests.Security;

/// <summary>
/// A configured key signs in as one principal made once and shared by all its requests: the key's id, name and role,
/// authenticated by the API-key scheme, and frozen, so nothing one request does to it can reach another.
/// </summary>
public sealed class ConfiguredKeyPrincipalTests
{
    private static readonly string Secret = ApiKeySecrets.Generate();

    [Fact]
    public void A_Configured_Key_Should_Sign_In_As_Its_Id_And_Role()
    {
        var principal = Key().Principal;

        Assert.True(principal.Identity?.IsAuthenticated);
        Assert.Equal(ApiKeyAuthenticationHandler.SchemeName, principal.Identity?.AuthenticationType);
        Assert.Equal("key:analyst", principal.Identity?.Name);
        Assert.Equal("analyst", principal.FindFirst(ClaimTypes.NameIdentifier)?.Value);
        Assert.True(principal.IsInRole(RareGraphRoles.Analyst));
        Assert.False(principal.IsInRole(RareGraphRoles.Admin));
        Assert.Equal(RareGraphRoles.Analyst, RareGraphRoles.HighestOf(principal));
    }

    [Fact]
    public void Every_Request_With_The_Key_Should_Get_The_Same_Principal()
    {
        var key = Key();

        Assert.Same(key.Principal, key.Principal);
    }

    [Fact]
    public void The_Shared_Principal_Should_Refuse_Any_Change_To_Its_Claims_Or_Identities()
    {
        var principal = Key().Principal;
        var identity = (ClaimsIdentity)principal.Identity!;
        var role = principal.FindFirst(ClaimTypes.Role)!;

        Assert.Throws<InvalidOperationException>(() => identity.AddClaim(new Claim(ClaimTypes.Role, RareGraphRoles.Admin)));
        Assert.Throws<InvalidOperationException>(() => identity.AddClaims([new Claim(ClaimTypes.Role, RareGraphRoles.Admin)]));
        Assert.Throws<InvalidOperationException>(() => identity.RemoveClaim(role));
        Assert.Throws<InvalidOperationException>(() => identity.TryRemoveClaim(role));
        Assert.Throws<InvalidOperationException>(() => principal.AddIdentity(new ClaimsIdentity([new Claim(ClaimTypes.Role, RareGraphRoles.Admin)], "other")));
        Assert.False(principal.IsInRole(RareGraphRoles.Admin));
    }

    [Fact]
    public void A_Clone_Of_The_Shared_Principal_Should_Be_Free_To_Change()
    {
        var principal = Key().Principal;

        var clone = principal.Clone();
        ((ClaimsIdentity)clone.Identity!).AddClaim(new Claim("extra", "yes"));

        Assert.Equal("yes", clone.FindFirst("extra")?.Value);
        Assert.Null(principal.FindFirst("extra"));
        Assert.Equal("key:analyst", clone.Identity?.Name);
    }

    private static ConfiguredApiKey Key() =>
        new ConfiguredApiKeys([new SecurityOptions.ApiKeyOptions { Id = "analyst", Hash = ApiKeySecrets.Hash(Secret), Role = RareGraphRoles.Analyst }]).Find(Secret)!;
}
