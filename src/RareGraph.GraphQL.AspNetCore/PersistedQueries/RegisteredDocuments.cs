using System.Text;
using Microsoft.Extensions.Caching.Memory;

namespace RareGraph.GraphQL.AspNetCore.PersistedQueries;

/// <summary>
/// Documents registered by Automatic Persisted Queries, in a store of their own (never the analysis cache, which they
/// could otherwise push out) bounded by their total size in UTF-8 bytes
/// (<see cref="PersistedQueryOptions.MaxRegisteredBytes"/>): when it is full, a registration is skipped and the least
/// recently used documents make room for later ones. Each replica keeps its own; a client whose hash a replica does not
/// know gets <c>PERSISTED_QUERY_NOT_FOUND</c> and sends the text again, as the protocol expects.
/// </summary>
internal sealed class RegisteredDocuments : IDisposable
{
    private readonly MemoryCache _documents;
    private readonly TimeSpan _slidingExpiration;

    public RegisteredDocuments(PersistedQueryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _slidingExpiration = options.SlidingExpiration;
        _documents = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.MaxRegisteredBytes) });
    }

    public string? Find(string hash) => _documents.TryGetValue(hash, out string? document) ? document : null;

    /// <summary>Registers <paramref name="document"/> under <paramref name="hash"/>, unless it would overflow the bound.</summary>
    public void Register(string hash, string document) =>
        _documents.Set(hash, document, new MemoryCacheEntryOptions
        {
            Size = SizeOf(document),
            SlidingExpiration = _slidingExpiration,
        });

    public static long SizeOf(string document) => Encoding.UTF8.GetByteCount(document);

    public void Dispose() => _documents.Dispose();
}
