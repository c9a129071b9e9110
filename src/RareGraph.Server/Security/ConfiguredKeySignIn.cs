using Microsoft.Extensions.Options;

namespace RareGraph.Server.Security;

/// <summary>
/// Signs in a request presenting a configured API key before ASP.NET Core's authentication middleware, which would
/// resolve the authentication service from the request's services and make a handler, a result and a ticket for it
/// on every request. Such a request gets the key's one shared principal (<see cref="ConfiguredApiKey.Principal"/>)
/// and skips that middleware; every other request (no credentials, a bearer token, an issued key, an unknown key) goes
/// through it exactly as before.
/// </summary>
/// <remarks>
/// The key is found as the handler finds it (<see cref="ConfiguredApiKeys.Find"/>: the digest looked up, then
/// compared in constant time), among the same configured keys, so a request signs in as the same caller either way.
/// Configured keys cannot be revoked while the server runs; issued keys, which can, always go through the handler.
/// </remarks>
internal static class ConfiguredKeySignIn
{
    public static IApplicationBuilder UseRareGraphAuthentication(this IApplicationBuilder app)
    {
        // The middleware after authentication, captured while the pipeline is built (components are composed last
        // first), so a request signed in here continues there. UseAuthentication itself stays in the pipeline, which
        // also tells the host not to add one of its own at the front.
        RequestDelegate? afterAuthentication = null;
        ConfiguredApiKeys? keys = null;
        app.Use(next => http =>
        {
            // Read on first use, after the host's start-time checks, like everything else bound from the options; from the
            // application's services, so a request that needs no scoped service never has a DI scope made for it.
            keys ??= app.ApplicationServices.GetRequiredService<IOptionsMonitor<ApiKeyAuthenticationOptions>>().Get(ApiKeyAuthenticationHandler.SchemeName).Keys;
            if (afterAuthentication is not null
                && ApiKeyAuthenticationHandler.Presented(http.Request) is { } presented
                && keys.Find(presented) is { } configured)
            {
                http.User = configured.Principal;
                return afterAuthentication(http);
            }

            return next(http);
        });
        app.UseAuthentication();
        app.Use(next => afterAuthentication = next);
        return app;
    }
}
