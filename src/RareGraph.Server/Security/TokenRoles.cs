using System.Security.Claims;
using RareGraph.GraphQL.Security;

namespace RareGraph.Server.Security;

/// <summary>
/// A bearer token's roles are what its issuer put in the role claim, nothing more: a token with none of the API's roles
/// holds no role (and may do nothing) unless <see cref="SecurityOptions.JwtOptions.DefaultRole"/> names one on purpose.
/// </summary>
internal static class TokenRoles
{
    public static void ApplyDefault(ClaimsPrincipal? principal, string? defaultRole)
    {
        if (principal?.Identity is not ClaimsIdentity identity || defaultRole is null || RareGraphRoles.HoldsAny(principal))
        {
            return;
        }

        identity.AddClaim(new Claim(identity.RoleClaimType, defaultRole));
    }
}
