using System.Collections.Concurrent;
using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using RareGraph.Domain.Storage;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Security;
using RareGraph.GraphQL.Telemetry;

namespace RareGraph.GraphQL.Caching;

/// <summary>
/// Complete answers to read-only queries, kept for the newest graph version: a dashboard polling the same question is
/// answered with the bytes it was sent last time, without parsing, validating or executing, until the graph changes.
/// </summary>
/// <remarks>
/// Why it is safe. An answer is keyed by the graph version read before the query ran, the caller's identity and role,
/// the day, and the request as sent; a caller is only ever served an answer made for the same identity and role. Only
/// answers that executed without any error are kept, and only when no root field reads state outside the versioned
/// graph (<c>auditTrail</c>, <c>apiKeys</c>). Versions only move forward and each request reads the version before
/// anything else, so an answer kept under a version is never older than it; a write moves the version, and the next
/// request reads afresh (the cache then drops every older answer). Authentication, rate limits and the body limit of the
/// transport still apply to every request. A hit skips the guard as well as the execution: an answer is kept only for a
/// request that passed the guard, and the guard's verdict depends on nothing but the text and the role, both in the key.
/// </remarks>
public sealed class ResponseCache(IGraphStore store, IGraphQLTextSerializer serializer, TimeProvider time, IOptions<ResponseCacheOptions> options)
{
    /// <summary>Root fields whose answers do not follow the graph version: they are never kept.</summary>
    private static readonly HashSet<string> UnversionedRootFields = new(StringComparer.Ordinal) { "auditTrail", "apiKeys" };

    /// <summary>The cache counters' tag: hits and misses of this cache are counted beside the analyses'.</summary>
    private static readonly KeyValuePair<string, object?> Tag = new("analysis", "response");

    private readonly ResponseCacheOptions _options = options.Value;
    private Generation _current = new(-1);

    /// <summary>Looks <paramref name="request"/> up for <paramref name="user"/> at the store's current version.</summary>
    public async ValueTask<ResponseCacheLookup> LookUpAsync(GraphQLRequestData request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        if (_options.Entries == 0 || RareGraphRoles.IsSignedInWithoutRole(user))
        {
            return ResponseCacheLookup.Bypass;
        }

        var signedIn = RareGraphRoles.IsSignedIn(user);
        var key = new ResponseCacheKey(
            signedIn ? user.Identity!.AuthenticationType : null,
            signedIn ? user.Identity!.Name ?? string.Empty : CallerScope.Anonymous,
            RareGraphRoles.HighestOf(user),
            DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
            request.Query,
            request.OperationName,
            Serialise(request.Variables),
            Serialise(request.Extensions));

        // The version is read only when an answer is kept for this request: a request seen for the first time (an
        // invalid one included) reads it after validation, through its VersionPin, or never.
        var generation = Volatile.Read(ref _current);
        if (generation.Answers.TryGetValue(key, out var kept) && await store.GetVersionAsync(cancellationToken) == generation.Version)
        {
            RareGraphTelemetry.CacheHits.Add(1, Tag);
            return new ResponseCacheLookup(kept, key);
        }

        RareGraphTelemetry.CacheMisses.Add(1, Tag);
        return new ResponseCacheLookup(null, key);
    }

    /// <summary>True when <paramref name="result"/> may be kept: a query that executed without errors and read only the versioned graph.</summary>
    public static bool IsKeepable(ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Executed || result.Errors is { Count: > 0 } || result.Streams is not null || result.Extensions is { Count: > 0 }
            || result.Operation?.Operation != OperationType.Query || result.Data is not ObjectExecutionNode root)
        {
            return false;
        }

        foreach (var field in root.SubFields ?? [])
        {
            if (field?.FieldDefinition is not { } definition || UnversionedRootFields.Contains(definition.Name))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Keeps <paramref name="body"/>, the serialised <paramref name="result"/>, under the version its execution read at
    /// (<paramref name="pin"/>), when the lookup and the result allow it.
    /// </summary>
    public void Keep(ResponseCacheLookup lookup, VersionPin pin, ExecutionResult result, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(pin);
        if (!lookup.CanKeep || pin.Version is not { } version || body.Length > _options.MaxResponseBytes || !IsKeepable(result))
        {
            return;
        }

        var generation = At(version);
        if (generation is null || !generation.Reserve(body.Length, _options))
        {
            return;
        }

        var answer = new CachedResponse(body.ToArray(), result.Operation?.Name?.StringValue ?? "anonymous");
        if (!generation.Answers.TryAdd(lookup.Key, answer))
        {
            generation.Release(body.Length);
        }
    }

    private string Serialise(Inputs? inputs) => inputs is null || inputs.Count == 0 ? string.Empty : serializer.Serialize(inputs);

    /// <summary>The answers of <paramref name="version"/>, or null when a newer version is already kept.</summary>
    private Generation? At(long version)
    {
        while (true)
        {
            var current = Volatile.Read(ref _current);
            if (current.Version == version)
            {
                return current;
            }

            if (current.Version > version)
            {
                return null;
            }

            var next = new Generation(version);
            if (Interlocked.CompareExchange(ref _current, next, current) == current)
            {
                return next;
            }
        }
    }

    /// <summary>The answers kept at one graph version, within the entry and byte bounds.</summary>
    private sealed class Generation(long version)
    {
        private int _entries;
        private long _bytes;

        public long Version => version;

        public ConcurrentDictionary<ResponseCacheKey, CachedResponse> Answers { get; } = new();

        public bool Reserve(int bytes, ResponseCacheOptions limits)
        {
            if (Interlocked.Increment(ref _entries) > limits.Entries)
            {
                Interlocked.Decrement(ref _entries);
                return false;
            }

            if (Interlocked.Add(ref _bytes, bytes) > limits.MaxTotalBytes)
            {
                Release(bytes);
                return false;
            }

            return true;
        }

        public void Release(int bytes)
        {
            Interlocked.Decrement(ref _entries);
            Interlocked.Add(ref _bytes, -bytes);
        }
    }
}
