namespace RareGraph.Server.Pages;

/// <summary>
/// The alliance map, the page people open first: <c>GET /</c> (with any query string, which holds the view's state)
/// answers <c>wwwroot/map/index.html</c>, built from npm at build time like the explorer; its assets are static files
/// under <c>/map/assets</c>.
/// </summary>
internal static class MapPage
{
    private const string IndexPath = "map/index.html";

    public static IApplicationBuilder UseMapPage(this IApplicationBuilder app) =>
        // Every other request is passed straight on, not awaited: no state machine of this page's on the API's way.
        app.Use((http, next) =>
            http.Request.Path.Equals("/", StringComparison.Ordinal)
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                ? ServeAsync(http)
                : next(http));

    private static async Task ServeAsync(HttpContext http)
    {
        var environment = http.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var file = environment.WebRootFileProvider.GetFileInfo(IndexPath);
        SecurityHeaders.Apply(http.Response);
        if (!file.Exists)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(
                "The map page was not built. Build the server with node/npm available (see README), or open /graphql.",
                http.RequestAborted);
            return;
        }

        // The page is small and changes with every build; the hashed assets it names are what browsers cache.
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.ContentType = "text/html; charset=utf-8";
        if (HttpMethods.IsHead(http.Request.Method))
        {
            http.Response.ContentLength = file.Length;
            return;
        }

        await http.Response.SendFileAsync(file, http.RequestAborted);
    }
}
