using System.Security.Claims;

namespace RareGraph.Server.Security;

/// <summary>The principal an API key signs in as: named <c>key:&lt;id&gt;</c>, holding the key's id and role.</summary>
internal static class ApiKeyPrincipal
{
    /// <summary>A principal for one request, to which the caller may still add claims (an issued key's hash).</summary>
    public static ClaimsIdentity Identity(string id, string name, string role) =>
        new(Claims(id, name, role), ApiKeyAuthenticationHandler.SchemeName);

    /// <summary>One principal made once and shared by every request presenting the key: its claims cannot change.</summary>
    public static ClaimsPrincipal Shared(string id, string name, string role) =>
        new FrozenClaimsPrincipal(new FrozenClaimsIdentity(Claims(id, name, role), ApiKeyAuthenticationHandler.SchemeName));

    private static Claim[] Claims(string id, string name, string role) =>
        [new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)];
}
