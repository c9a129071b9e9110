using Microsoft.Net.Http.Headers;

namespace RareGraph.Server.Pages;

/// <summary>
/// A browser asking for <c>/graphql</c> (Accept: text/html, no query) gets the GraphiQL explorer, built from npm at build
/// time and served from wwwroot, never from a CDN.
/// </summary>
internal static class GraphiQLPage
{
    private const string IndexPath = "graphiql/index.html";

    public static IApplicationBuilder UseGraphiQLPage(this IApplicationBuilder app, string path = "/graphql") =>
        // Every other request is passed straight on, not awaited: no state machine of this page's on the API's way.
        app.Use((http, next) =>
            http.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase)
            && HttpMethods.IsGet(http.Request.Method)
            && !http.Request.Query.ContainsKey("query")
            && PrefersHtml(http.Request)
                ? ServeAsync(http)
                : next(http));

    private static async Task ServeAsync(HttpContext http)
    {
        var environment = http.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var file = environment.WebRootFileProvider.GetFileInfo(IndexPath);
        if (file.Exists)
        {
            SecurityHeaders.Apply(http.Response);
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.SendFileAsync(file, http.RequestAborted);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(
            "The GraphiQL explorer was not built. Run the build with npm available (see README).",
            http.RequestAborted);
    }

    private static bool PrefersHtml(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept.ToArray()!, out var accepted)
        && accepted.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);
}
