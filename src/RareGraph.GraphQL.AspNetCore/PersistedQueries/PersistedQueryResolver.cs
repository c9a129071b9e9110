using GraphQL;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using RareGraph.Domain.Errors;
using RareGraph.GraphQL.Errors;
using RareGraph.GraphQL.Execution;

namespace RareGraph.GraphQL.AspNetCore.PersistedQueries;

/// <summary>
/// Automatic Persisted Queries: a request may name its document by <c>extensions.persistedQuery.sha256Hash</c>
/// (version 1) instead of sending it; a request sending both registers the document in the distributed cache, so every
/// replica knows it. With <see cref="PersistedQueryOptions.TrustedOnly"/>, only the trusted documents run.
/// </summary>
/// <remarks>
/// The convention is Apollo's "Automatic persisted queries" (apollo-link-persisted-queries): an unknown hash without a
/// query answers <c>PERSISTED_QUERY_NOT_FOUND</c> and the client retries with the full text. The cache is an
/// optimisation: when it fails, a lookup is a miss and a registration is skipped, so clients fall back to full text.
/// </remarks>
internal sealed partial class PersistedQueryResolver(
    IDistributedCache cache,
    PersistedQueryOptions options,
    TrustedDocuments trusted,
    ILogger<PersistedQueryResolver> logger)
{
    public const string NotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string NotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    public async Task<PersistedQueryResolution> ResolveAsync(GraphQLRequestData request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
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

            await TryRegisterAsync(hash, request.Query, cancellationToken);
            return new PersistedQueryResolution(request, null);
        }

        var document = trusted.TryGet(hash, out var known) ? known
            : options.TrustedOnly ? null
            : await TryLookUpAsync(hash, cancellationToken);
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

    private static string Key(string hash) => $"rg:apq:{hash}";

    private async Task<string?> TryLookUpAsync(string hash, CancellationToken cancellationToken)
    {
        try
        {
            return await cache.GetStringAsync(Key(hash), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogCacheFailed(logger, e.GetType().Name);
            return null;
        }
    }

    private async Task TryRegisterAsync(string hash, string document, CancellationToken cancellationToken)
    {
        try
        {
            await cache.SetStringAsync(
                Key(hash),
                document,
                new DistributedCacheEntryOptions { SlidingExpiration = options.SlidingExpiration },
                cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogCacheFailed(logger, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Persisted query cache unavailable ({ExceptionType}); treated as a miss")]
    private static partial void LogCacheFailed(ILogger logger, string exceptionType);
}
