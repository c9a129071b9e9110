using System.Security.Claims;
using GraphQL;
using Microsoft.AspNetCore.Http;
using RareGraph.Domain.Errors;
using RareGraph.GraphQL.AspNetCore.Security;
using RareGraph.GraphQL.Errors;
using RareGraph.GraphQL.Execution;

namespace RareGraph.GraphQL.AspNetCore.PersistedQueries;

/// <summary>
/// Automatic Persisted Queries: a request may name its document by <c>extensions.persistedQuery.sha256Hash</c>
/// (version 1) instead of sending it; a request sending both registers the document (<see cref="RegisteredDocuments"/>:
/// bounded by size, apart from the analysis cache). A registration takes permits of the caller's rate limit, one per
/// started <see cref="BytesPerPermit"/> bytes. With <see cref="PersistedQueryOptions.TrustedOnly"/>, only the trusted
/// documents run.
/// </summary>
/// <remarks>
/// The convention is Apollo's "Automatic persisted queries" (apollo-link-persisted-queries): an unknown hash without a
/// query answers <c>PERSISTED_QUERY_NOT_FOUND</c> and the client retries with the full text.
/// </remarks>
internal sealed class PersistedQueryResolver(
    RegisteredDocuments registered,
    PersistedQueryOptions options,
    TrustedDocuments trusted,
    IOperationRateLimit rateLimit)
{
    /// <summary>A registration of up to this many bytes costs one permit of the caller's rate limit; larger ones more.</summary>
    public const int BytesPerPermit = 16 * 1024;

    public const string NotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string NotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>The document a request runs, or the error that refuses it.</summary>
    /// <remarks>A value task: resolving reads nothing asynchronously, so no task is allocated per request.</remarks>
    public ValueTask<PersistedQueryResolution> ResolveAsync(
        GraphQLRequestData request,
        HttpContext http,
        ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Resolve(request, http, user));
    }

    private PersistedQueryResolution Resolve(GraphQLRequestData request, HttpContext http, ClaimsPrincipal user)
    {
        var hasQuery = !string.IsNullOrEmpty(request.Query);
        if (Persisted(request) is not { } persisted)
        {
            if (!hasQuery)
            {
                return Fail(ErrorCodes.Validation, "The request has no 'query'.", "query");
            }

            return !options.TrustedOnly || trusted.Contains(PersistedQueryHash.Of(request.Query))
                ? new PersistedQueryResolution(request, null)
                : Fail(ErrorCodes.Forbidden, "This server runs only trusted documents; send a known document's hash.", "query");
        }

        if (persisted.Version != 1 || persisted.Hash is null)
        {
            return Fail(NotSupported, "Only persistedQuery version 1 with a sha256Hash is supported.", "extensions");
        }

        var hash = PersistedQueryHash.Normalise(persisted.Hash);
        if (hasQuery)
        {
            if (!string.Equals(hash, PersistedQueryHash.Of(request.Query), StringComparison.Ordinal))
            {
                return Fail(ErrorCodes.Validation, "The sha256Hash does not match the query.", "extensions");
            }

            if (options.TrustedOnly)
            {
                return trusted.Contains(hash)
                    ? new PersistedQueryResolution(request, null)
                    : Fail(ErrorCodes.Forbidden, "This server runs only trusted documents.", "query");
            }

            if (registered.Find(hash) is null)
            {
                var permits = (int)Math.Min(int.MaxValue, (RegisteredDocuments.SizeOf(request.Query) + BytesPerPermit - 1) / BytesPerPermit);
                if (!rateLimit.TryAcquire(http, user, Math.Max(1, permits)))
                {
                    return Fail(
                        ErrorCodes.LimitExceeded,
                        $"Registering a document counts against your rate limit (a permit per {BytesPerPermit / 1024} KiB); retry later, or send the query without persistedQuery.",
                        "extensions");
                }

                registered.Register(hash, request.Query);
            }

            return new PersistedQueryResolution(request, null);
        }

        var document = trusted.TryGet(hash, out var known) ? known
            : options.TrustedOnly ? null
            : registered.Find(hash);
        return document is null
            ? Fail(NotFound, "PersistedQueryNotFound", null)
            : new PersistedQueryResolution(request with { Query = document }, null);
    }

    private static (int Version, string? Hash)? Persisted(GraphQLRequestData request)
    {
        if (request.Extensions is null
            || !request.Extensions.TryGetValue("persistedQuery", out var value)
            || value is not IReadOnlyDictionary<string, object?> persisted)
        {
            return null;
        }

        var version = persisted.TryGetValue("version", out var v) && v is not null
            ? Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)
            : 0;
        var hash = persisted.TryGetValue("sha256Hash", out var h) ? h as string : null;
        return (version, hash);
    }

    private static PersistedQueryResolution Fail(string code, string message, string? field) =>
        new(null, new RareGraphExecutionError(code, message, field));
}
