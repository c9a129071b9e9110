namespace RareGraph.Server.Security;

/// <summary>
/// Headers on every response: no sniffing, no referrer, no framing, and API answers (which may describe people at
/// risk) are never stored by browsers or proxies. Pages set their own, stricter, content policy.
/// </summary>
internal static class ApiResponseHeaders
{
    public static IApplicationBuilder UseApiResponseHeaders(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            // An upgraded socket has no HTTP response to decorate, and its handshake must pass untouched.
            if (http.WebSockets.IsWebSocketRequest)
            {
                return next(http);
            }

            // A static callback given the context as its state: no closure and no delegate made per request.
            http.Response.OnStarting(AddHeaders, http);
            return next(http);
        });

    private static Task AddHeaders(object state)
    {
        var http = (HttpContext)state;
        var headers = http.Response.Headers;
        headers.TryAdd("X-Content-Type-Options", "nosniff");
        headers.TryAdd("Referrer-Policy", "no-referrer");
        headers.TryAdd("X-Frame-Options", "DENY");
        if (ApiPaths.IsApi(http.Request.Path) && !headers.ContainsKey("Content-Security-Policy"))
        {
            headers.CacheControl = "no-store";
        }

        return Task.CompletedTask;
    }
}
