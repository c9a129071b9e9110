using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;

namespace RareGraph.Domain.Writing;

/// <summary>
/// The graph as a <see cref="WriteSession"/> sees it: the store, with the session's staged changes laid over it.
/// Key lookups and relationship reads (what planning and mutation payloads need) see the staged changes; listings,
/// counts and scans read the store as committed.
/// </summary>
internal sealed class StagedGraphView(IGraphStore store, StagedChanges staged) : IGraphStore
{
    public Task InitializeAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task<long> GetVersionAsync(CancellationToken cancellationToken) => store.GetVersionAsync(cancellationToken);

    public async Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var unstaged = keys.Where(k => !staged.Entities.ContainsKey(k)).ToList();
        var found = unstaged.Count == 0 ? [] : await store.GetEntitiesAsync(unstaged, cancellationToken);
        return found
            .Concat(keys.Distinct(StringComparer.Ordinal).Select(k => staged.Entities.GetValueOrDefault(k)).OfType<Entity>())
            .ToList();
    }

    public async Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken)
    {
        var unstaged = keys.Where(k => !staged.Relationships.ContainsKey(k)).ToList();
        var found = unstaged.Count == 0 ? [] : await store.GetRelationshipsAsync(unstaged, cancellationToken);
        return Ordered(found.Where(staged.KeepsStored)
            .Concat(keys.Distinct().Select(k => staged.Relationships.GetValueOrDefault(k)).OfType<Relationship>()));
    }

    public async Task<IReadOnlyList<Relationship>> GetRelationshipsOfAsync(
        IReadOnlyCollection<string> entityKeys,
        RelationshipDirection direction,
        IReadOnlyCollection<RelationshipType>? types,
        CancellationToken cancellationToken)
    {
        var stored = await store.GetRelationshipsOfAsync(entityKeys, direction, types, cancellationToken);
        var keys = entityKeys.ToHashSet(StringComparer.Ordinal);
        var added = staged.Relationships.Values.OfType<Relationship>().Where(r =>
            (types is null || types.Contains(r.Type)) && direction switch
            {
                RelationshipDirection.Outgoing => keys.Contains(r.FromKey),
                RelationshipDirection.Incoming => keys.Contains(r.ToKey),
                _ => keys.Contains(r.FromKey) || keys.Contains(r.ToKey),
            });
        return Ordered(stored.Where(r => !staged.Relationships.ContainsKey(r.Identity) && staged.KeepsStored(r)).Concat(added));
    }

    public Task<IReadOnlyList<Entity>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) =>
        store.ListEntitiesAsync(query, cancellationToken);

    public Task<long> CountEntitiesAsync(EntityLabel label, EntityFilter? filter, CancellationToken cancellationToken) =>
        store.CountEntitiesAsync(label, filter, cancellationToken);

    public IAsyncEnumerable<Entity> ScanEntitiesAsync(CancellationToken cancellationToken) => store.ScanEntitiesAsync(cancellationToken);

    public IAsyncEnumerable<Relationship> ScanRelationshipsAsync(CancellationToken cancellationToken) =>
        store.ScanRelationshipsAsync(cancellationToken);

    public Task<long> ApplyAsync(GraphWrite write, long expectedVersion, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("A write session commits through WriteSession.CommitAsync, not through its view.");

    /// <summary>The stores' order: (fromKey, type, toKey), ordinal.</summary>
    private static List<Relationship> Ordered(IEnumerable<Relationship> relationships) =>
        relationships
            .OrderBy(r => r.FromKey, StringComparer.Ordinal)
            .ThenBy(r => r.Type.ToString(), StringComparer.Ordinal)
            .ThenBy(r => r.ToKey, StringComparer.Ordinal)
            .ToList();
}
