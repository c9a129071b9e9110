using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;

namespace RareGraph.GraphQL.Loading;

/// <summary>
/// The batch loaders of one request. Every entity and relationship that resolvers need is fetched through these,
/// so the number of store calls depends on the shape of the query, not on the number of results.
/// </summary>
/// <remarks>
/// With a <see cref="VersionedReadCache"/>, the request reads the graph version once, before its first entity or page
/// load, and takes from the cache what an earlier request read at that version; only the rest goes to the store.
/// </remarks>
internal sealed class RequestLoaders : IDisposable
{
    private readonly IGraphStore _store;
    private readonly VersionedReadCache? _cache;
    private readonly Lock _pagesGate = new();
    private readonly Dictionary<RelationshipPageArguments, BatchLoader<string, IReadOnlyList<Relationship>>> _pages = [];
    private Task<VersionedReadCache.Generation?>? _generation;

    public RequestLoaders(IGraphStore store, VersionedReadCache? cache = null)
    {
        _store = store;
        _cache = cache;
        EntitiesByKey = new BatchLoader<string, Entity>(LoadEntitiesAsync, StringComparer.Ordinal);
        RelationshipsByKey = new BatchLoader<RelationshipKey, Relationship>(
            async (keys, ct) => (await store.GetRelationshipsAsync(keys, ct)).ToDictionary(r => r.Identity));
        RelationshipsOf = new BatchLoader<string, IReadOnlyList<Relationship>>(
            async (keys, ct) => GroupByEndpoint(keys, await store.GetRelationshipsOfAsync(keys, RelationshipDirection.Both, null, ct)),
            StringComparer.Ordinal);
    }

    public BatchLoader<string, Entity> EntitiesByKey { get; }

    /// <summary>
    /// Per-entity relationship pages, one loader per distinct set of field arguments, so each connection field makes one
    /// store call per request however many parents it is selected under.
    /// </summary>
    public BatchLoader<string, IReadOnlyList<Relationship>> RelationshipPages(RelationshipPageArguments arguments)
    {
        lock (_pagesGate)
        {
            if (!_pages.TryGetValue(arguments, out var loader))
            {
                loader = new BatchLoader<string, IReadOnlyList<Relationship>>(
                    (keys, ct) => LoadPagesAsync(arguments, keys, ct),
                    StringComparer.Ordinal);
                _pages.Add(arguments, loader);
            }

            return loader;
        }
    }

    public BatchLoader<RelationshipKey, Relationship> RelationshipsByKey { get; }

    /// <summary>All relationships touching an entity, in both directions, ordered as the store orders them.</summary>
    public BatchLoader<string, IReadOnlyList<Relationship>> RelationshipsOf { get; }

    public void Dispose()
    {
        EntitiesByKey.Dispose();
        RelationshipsByKey.Dispose();
        RelationshipsOf.Dispose();
        lock (_pagesGate)
        {
            foreach (var loader in _pages.Values)
            {
                loader.Dispose();
            }
        }
    }

    private async Task<IReadOnlyDictionary<string, Entity>> LoadEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var generation = await GenerationAsync(cancellationToken);
        var result = new Dictionary<string, Entity>(keys.Count, StringComparer.Ordinal);
        var missing = new List<string>(generation is null ? keys.Count : 0);
        foreach (var key in keys)
        {
            if (generation is not null && generation.TryGetEntity(key, out var cached))
            {
                result[key] = cached;
            }
            else
            {
                missing.Add(key);
            }
        }

        if (missing.Count > 0)
        {
            foreach (var entity in await _store.GetEntitiesAsync(missing, cancellationToken))
            {
                result[entity.Key] = entity;
                generation?.AddEntity(entity);
            }
        }

        return result;
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> LoadPagesAsync(
        RelationshipPageArguments arguments, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var generation = await GenerationAsync(cancellationToken);
        if (generation is null)
        {
            return await _store.GetRelationshipPagesAsync(arguments.ToQuery(keys), cancellationToken);
        }

        var result = new Dictionary<string, IReadOnlyList<Relationship>>(keys.Count, StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var key in keys)
        {
            if (generation.TryGetPage(arguments, key, out var cached))
            {
                result[key] = cached;
            }
            else
            {
                missing.Add(key);
            }
        }

        if (missing.Count > 0)
        {
            foreach (var (key, page) in await _store.GetRelationshipPagesAsync(arguments.ToQuery(missing), cancellationToken))
            {
                result[key] = page;
                generation.AddPage(arguments, key, page);
            }
        }

        return result;
    }

    /// <summary>
    /// The cache at the graph version this request reads, asked of the store once per request and before any data (so
    /// nothing older than the version is stored under it); null without a cache.
    /// </summary>
    private Task<VersionedReadCache.Generation?> GenerationAsync(CancellationToken cancellationToken)
    {
        if (_cache is null)
        {
            return Task.FromResult<VersionedReadCache.Generation?>(null);
        }

        lock (_pagesGate)
        {
            return _generation ??= ReadGenerationAsync(_cache, cancellationToken);
        }
    }

    /// <summary>
    /// Reads at <paramref name="version"/>, already read for this request before any data, instead of asking the store
    /// again. Does nothing once the loaders have read a version.
    /// </summary>
    public void ReadAt(long version)
    {
        if (_cache is null)
        {
            return;
        }

        lock (_pagesGate)
        {
            _generation ??= Task.FromResult(_cache.At(version));
        }
    }

    private async Task<VersionedReadCache.Generation?> ReadGenerationAsync(VersionedReadCache cache, CancellationToken cancellationToken) =>
        cache.At(await _store.GetVersionAsync(cancellationToken));

    private static Dictionary<string, IReadOnlyList<Relationship>> GroupByEndpoint(
        IReadOnlyCollection<string> keys,
        IReadOnlyList<Relationship> relationships)
    {
        var byKey = keys.ToDictionary(k => k, _ => new List<Relationship>(), StringComparer.Ordinal);
        foreach (var relationship in relationships)
        {
            if (byKey.TryGetValue(relationship.FromKey, out var outgoing))
            {
                outgoing.Add(relationship);
            }

            if (byKey.TryGetValue(relationship.ToKey, out var incoming) && !ReferenceEquals(incoming, outgoing))
            {
                incoming.Add(relationship);
            }
        }

        return byKey.ToDictionary(p => p.Key, p => (IReadOnlyList<Relationship>)p.Value, StringComparer.Ordinal);
    }
}
