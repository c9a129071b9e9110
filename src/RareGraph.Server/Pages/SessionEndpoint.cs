using RareGraph.Domain.Errors;
using RareGraph.GraphQL.Security;
using RareGraph.Server.Security;

namespace RareGraph.Server.Pages;

/// <summary>
/// <c>GET /session</c>: who the caller is, as the map page needs to know before it asks for anything — the role it runs
/// as (so it can hide what that role may not do and never request restricted fields), and whether the server lets
/// anonymous callers read at all (so it knows to ask for a key first). It reveals nothing a failed request would not.
/// </summary>
internal static class SessionEndpoint
{
    public static IEndpointRouteBuilder MapSessionEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/session")
    {
        endpoints.MapGet(pattern, async (HttpContext http, AccessOptions access) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            var presented = http.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName) || http.Request.Headers.Authorization.Count > 0;
            var user = http.User;
            if (presented && !RareGraphRoles.IsSignedIn(user))
            {
                // The same answer the API gives a key it does not accept, so the page can say so before anything else.
                http.Response.StatusCode = http.Items.ContainsKey(ApiKeyAuthenticationHandler.KeyStoreUnavailable)
                    ? StatusCodes.Status503ServiceUnavailable
                    : StatusCodes.Status401Unauthorized;
                var code = http.Response.StatusCode == StatusCodes.Status401Unauthorized ? ErrorCodes.Unauthenticated : ErrorCodes.Unavailable;
                await CredentialGate.WriteErrorAsync(http, code, string.Equals(code, ErrorCodes.Unauthenticated, StringComparison.Ordinal)
                    ? "The credentials were not accepted."
                    : "API keys cannot be checked right now; retry the request.");
                return;
            }

            if (RareGraphRoles.IsSignedInWithoutRole(user))
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                await CredentialGate.WriteErrorAsync(http, ErrorCodes.Forbidden, RareGraphRoles.NoRoleMessage);
                return;
            }

            var signedIn = RareGraphRoles.IsSignedIn(user);
            await http.Response.WriteAsJsonAsync(
                new
                {
                    signedIn,
                    role = RareGraphRoles.HighestOf(user),
                    anonymousRead = access.AllowAnonymousRead,
                },
                http.RequestAborted);
        });
        return endpoints;
    }
}
