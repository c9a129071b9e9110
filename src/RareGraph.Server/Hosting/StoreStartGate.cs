namespace RareGraph.Server.Hosting;

/// <summary>
/// Until the store is initialised, API requests are answered 503 with a GraphQL-shaped UNAVAILABLE error (and a
/// Retry-After), before authentication, which may itself need the store. Pages, health and metrics stay served.
/// </summary>
internal static class StoreStartGate
{
    private static readonly string[] ApiPaths = ["/graphql", "/export", "/import", "/session"];

    public static IApplicationBuilder UseStoreStartGate(this IApplicationBuilder app)
    {
        // A singleton, taken from the application's services: asking the request's services for it would make every
        // request a DI scope of its own (made, locked and disposed) even when nothing else on its way needs one.
        var state = app.ApplicationServices.GetRequiredService<StoreStartState>();
        return app.Use((http, next) =>
            state.IsReady || !ApiPaths.Any(p => http.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
                ? next(http)
                : RefuseAsync(http));
    }

    private static Task RefuseAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = "5";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(
            """{"errors":[{"message":"The server is waiting for its graph store to become reachable; retry shortly.","extensions":{"code":"UNAVAILABLE"}}]}""");
    }
}
