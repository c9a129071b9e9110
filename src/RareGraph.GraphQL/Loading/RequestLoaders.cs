namespace RareGraph.GraphQL.Loading;

using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;

/// <summary>
/// The batch loaders of one request. Every entity and relationship that resolvers need is fetched through these,
/// so the number of store calls depends on the shape of the query, not on the number of results.
/// </summary>
internal sealed class RequestLoaders : IDisposable
{
    public RequestLoaders(IGraphStore store)
    {
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

    public BatchLoader<RelationshipKey, Relationship> RelationshipsByKey { get; }

    /// <summary>All relationships touching an entity, in both directions, ordered as the store orders them.</summary>
    public BatchLoader<string, IReadOnlyList<Relationship>> RelationshipsOf { get; }

    public void Dispose()
    {
        EntitiesByKey.Dispose();
        RelationshipsByKey.Dispose();
        RelationshipsOf.Dispose();
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
