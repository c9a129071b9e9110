namespace RareGraph.GraphQL.Caching;

/// <summary>
/// What the response cache found for one request: the kept answer, or the key a new answer may be kept under once it is
/// known to be keepable (see <see cref="ResponseCache.Keep"/>).
/// </summary>
public sealed class ResponseCacheLookup
{
    /// <summary>A request the cache does not take part in (turned off, no query, or a caller who may do nothing).</summary>
    public static readonly ResponseCacheLookup Bypass = new(null, default, takesPart: false);

    private readonly bool _takesPart;

    internal ResponseCacheLookup(CachedResponse? hit, ResponseCacheKey key, bool takesPart = true)
    {
        Hit = hit;
        Key = key;
        _takesPart = takesPart;
    }

    /// <summary>The kept answer, or null.</summary>
    public CachedResponse? Hit { get; }

    /// <summary>True when an answer to this request may be kept: it was not found, and the cache takes part.</summary>
    public bool CanKeep => Hit is null && _takesPart;

    internal ResponseCacheKey Key { get; }
}
