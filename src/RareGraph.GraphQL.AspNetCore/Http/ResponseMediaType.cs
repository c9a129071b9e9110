using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace RareGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Chooses the response media type from the Accept header, per the GraphQL-over-HTTP spec: the GraphQL response type
/// when the client accepts it, classic JSON for JSON, wildcards or no Accept header, nothing otherwise (406).
/// </summary>
internal static class ResponseMediaType
{
    public static string? Choose(StringValues acceptHeaders)
    {
        // The one value most clients send, answered without parsing the header (or copying it).
        if (acceptHeaders.Count == 1 && ExactMatch(acceptHeaders[0]) is { } exact)
        {
            return exact;
        }

        if (acceptHeaders.Count == 0 || !MediaTypeHeaderValue.TryParseList(acceptHeaders.ToArray()!, out var accepted) || accepted.Count == 0)
        {
            return MediaTypes.Json;
        }

        string? best = null;
        double bestQuality = 0;
        foreach (var range in accepted.Where(a => (a.Quality ?? 1) > 0).OrderByDescending(a => a.Quality ?? 1))
        {
            var candidate = Resolve(range);
            var quality = range.Quality ?? 1;
            if (candidate is null || quality < bestQuality)
            {
                continue;
            }

            if (best is null || (quality == bestQuality && string.Equals(candidate, MediaTypes.GraphQLResponse, StringComparison.Ordinal)))
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    private static string? ExactMatch(string? accept) =>
        string.Equals(accept, MediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase) ? MediaTypes.GraphQLResponse
        : string.Equals(accept, MediaTypes.Json, StringComparison.OrdinalIgnoreCase) ? MediaTypes.Json
        : null;

    private static string? Resolve(MediaTypeHeaderValue range)
    {
        var type = range.MediaType.Value?.ToLowerInvariant();
        return type switch
        {
            MediaTypes.GraphQLResponse => MediaTypes.GraphQLResponse,
            MediaTypes.Json or "application/*" or "*/*" => MediaTypes.Json,
            _ => null,
        };
    }
}
