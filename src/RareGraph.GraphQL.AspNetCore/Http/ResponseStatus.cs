using GraphQL;
using Microsoft.AspNetCore.Http;
using RareGraph.Domain.Errors;

namespace RareGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// The HTTP status of a GraphQL response, as GraphQL over HTTP asks for <c>application/graphql-response+json</c>: a
/// request error — the request never executed, so the response has no <c>data</c> — is a 4xx (401 when the caller must
/// sign in, 403 when the caller's role may not use a root field, 400 otherwise: syntax, validation, limits, an unknown
/// persisted query); a response that executed is 200, field errors and partial data included. With
/// <c>application/json</c> every well-formed request is 200, as the specification asks for legacy clients.
/// </summary>
/// <remarks>
/// Which denials are which: a root field the caller's role may not use is refused before execution (401/403, no data); a
/// restricted field inside an allowed query (a defender's <c>legalName</c> for a VIEWER) is a field error during
/// execution (200, that field null, the rest of the data there).
/// </remarks>
internal static class ResponseStatus
{
    /// <summary>Sets the status for <paramref name="result"/>, with the challenge a 401 must carry.</summary>
    public static void Apply(HttpResponse response, ExecutionResult result, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = For(result, mediaType);
        if (response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            response.Headers.WWWAuthenticate = "Bearer";
        }
    }

    public static int For(ExecutionResult result, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Executed || !string.Equals(mediaType, MediaTypes.GraphQLResponse, StringComparison.Ordinal))
        {
            return StatusCodes.Status200OK;
        }

        var codes = result.Errors?.Select(e => e.Code).ToHashSet(StringComparer.Ordinal) ?? [];
        return codes.Contains(ErrorCodes.Unauthenticated) ? StatusCodes.Status401Unauthorized
            : codes.Contains(ErrorCodes.Forbidden) ? StatusCodes.Status403Forbidden
            : StatusCodes.Status400BadRequest;
    }
}
