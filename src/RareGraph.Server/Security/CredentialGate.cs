using System.Text.Json;
using RareGraph.Domain.Errors;
using RareGraph.GraphQL.Security;

namespace RareGraph.Server.Security;

/// <summary>
/// A request that presents credentials which do not authenticate gets 401, never the anonymous role: a mistyped
/// admin key must not silently become a PUBLIC session. A key that could not be checked because the store of issued
/// keys is down gets 503 UNAVAILABLE instead: the caller should retry, not doubt the key. Credentials that do
/// authenticate but carry none of the API's roles (a token without a roles claim) get 403 FORBIDDEN, on every transport.
/// </summary>
internal static class CredentialGate
{
    public static IApplicationBuilder UseCredentialGate(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            // Only the API: a proxy's or a monitor's own Authorization header must not break pages or health checks.
            var presented = http.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName) || http.Request.Headers.Authorization.Count > 0;
            if (presented && ApiPaths.IsApi(http.Request.Path) && http.User.Identity?.IsAuthenticated != true)
            {
                if (http.Items.ContainsKey(ApiKeyAuthenticationHandler.KeyStoreUnavailable))
                {
                    http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    return WriteErrorAsync(http, ErrorCodes.Unavailable, "API keys cannot be checked right now; retry the request.");
                }

                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                http.Response.Headers.WWWAuthenticate = "Bearer";
                return WriteErrorAsync(http, ErrorCodes.Unauthenticated, "The credentials were not accepted.");
            }

            if (http.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase) && RareGraphRoles.IsSignedInWithoutRole(http.User))
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                return WriteErrorAsync(http, ErrorCodes.Forbidden, RareGraphRoles.NoRoleMessage);
            }

            // Passed straight on, not awaited: no state machine of this gate's on every request's way.
            return next(http);
        });

    /// <summary>A GraphQL-shaped error body, so clients branch on <c>extensions.code</c> as for any other error.</summary>
    public static Task WriteErrorAsync(HttpContext http, string code, string message)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new { errors = new[] { new { message, extensions = new { code } } } };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body), http.RequestAborted);
    }
}
