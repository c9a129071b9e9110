namespace RareGraph.Server.Hosting;

/// <summary>
/// Until the store is initialised, API requests are answered 503 with a GraphQL-shaped UNAVAILABLE error (and a
/// Retry-After), before authentication, which may itself need the store. Pages, health and metrics stay served.
/// </summary>
internal static class StoreStartGate
{
    private static readonly string[] ApiPaths = ["/graphql", "/export", "/import", "/session"];

    public static IApplicationBuilder UseStoreStartGate(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            var state = http.RequestServices.GetRequiredService<StoreStartState>();
            if (state.IsReady || !ApiPaths.Any(p => http.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
            {
                await next(http);
                return;
            }

            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.RetryAfter = "5";
            http.Response.Headers.CacheControl = "no-store";
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(
                """{"errors":[{"message":"The server is waiting for its graph store to become reachable; retry shortly.","extensions":{"code":"UNAVAILABLE"}}]}""");
        });
}
