using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;

namespace RareGraph.GraphQL.Loading;

/// <summary>
/// The batch loaders of one request. Every entity and relationship that resolvers need is fetched through these,
/// so the number of store calls depends on the shape of the query, not on the number of results.
/// </summary>
internal sealed class RequestLoaders : IDisposable
{
    private readonly IGraphStore _store;
    private readonly Lock _pagesGate = new();
    private readonly Dictionary<RelationshipPageArguments, BatchLoader<string, IReadOnlyList<Relationship>>> _pages = [];

    public RequestLoaders(IGraphStore store)
    {
        _store = store;
        EntitiesByKey = new BatchLoader<string, Entity>(
            async (keys, ct) => (await store.GetEntitiesAsync(keys, ct)).ToDictionary(e => e.Key, StringComparer.Ordinal),
            StringComparer.Ordinal);
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
                    (keys, ct) => _store.GetRelationshipPagesAsync(arguments.ToQuery(keys), ct),
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
