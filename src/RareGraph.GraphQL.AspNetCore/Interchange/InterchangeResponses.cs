using System.Text.Json;
using Microsoft.AspNetCore.Http;
using RareGraph.Domain.Errors;
using RareGraph.GraphQL.Security;

namespace RareGraph.GraphQL.AspNetCore.Interchange;

/// <summary>What the interchange endpoints answer before a file starts: GraphQL-shaped errors with a chosen status.</summary>
internal static class InterchangeResponses
{
    public static Task WriteErrorAsync(HttpContext http, int status, string code, string message, string? field = null)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        object extensions = field is null ? new { code } : new { code, field };
        var body = new { errors = new[] { new { message, extensions } } };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body), http.RequestAborted);
    }

    public static Task WriteErrorAsync(HttpContext http, RareGraphException error) =>
        WriteErrorAsync(http, StatusOf(error.Code), error.Code, error.Message, error.Field);

    /// <summary>
    /// Refuses a caller below <paramref name="role"/>: 401 when anonymous, 403 when signed in. True when refused.
    /// </summary>
    public static async Task<bool> RefuseBelowAsync(HttpContext http, string role)
    {
        if (RareGraphRoles.HasAtLeast(http.User, role))
        {
            return false;
        }

        if (RareGraphRoles.IsSignedIn(http.User))
        {
            await WriteErrorAsync(http, StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, $"This needs the {role} role or higher.");
        }
        else
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, $"Sign in with a key of the {role} role or higher.");
        }

        return true;
    }

    public static int StatusOf(string code) => code switch
    {
        ErrorCodes.Validation => StatusCodes.Status400BadRequest,
        ErrorCodes.NotFound => StatusCodes.Status404NotFound,
        ErrorCodes.Conflict => StatusCodes.Status409Conflict,
        ErrorCodes.Unauthenticated => StatusCodes.Status401Unauthorized,
        ErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
        ErrorCodes.LimitExceeded => StatusCodes.Status413PayloadTooLarge,
        ErrorCodes.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>An attachment with a file name safe in a header and on every file system.</summary>
    public static void Attach(HttpContext http, string mediaType, string fileName)
    {
        var safe = new string(fileName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-').ToArray());
        http.Response.ContentType = mediaType.StartsWith("text/", StringComparison.Ordinal) || mediaType.EndsWith("json", StringComparison.Ordinal)
            ? $"{mediaType}; charset=utf-8"
            : mediaType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{safe}\"";
        http.Response.Headers.CacheControl = "no-store";
    }
}
