namespace RareGraph.Server.Pages;

/// <summary>Headers for HTML pages: nothing is loaded from elsewhere, nothing may frame or sniff the page.</summary>
internal static class SecurityHeaders
{
    public static void Apply(HttpResponse response)
    {
        response.Headers["Content-Security-Policy"] =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers["X-Frame-Options"] = "DENY";
    }
}
