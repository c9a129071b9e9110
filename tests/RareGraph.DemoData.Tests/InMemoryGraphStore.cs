namespace RareGraph.DemoData.Tests;

using System.Runtime.CompilerServices;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;

/// <summary>
/// The smallest store that honours the <see cref="IGraphStore"/> contract the writer relies on: versioned, atomic
/// writes and key lookups. Listing pages is not needed by these tests.
/// </summary>
internal sealed class InMemoryGraphStore : IGraphStore
{
    private readonly SortedDictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<RelationshipKey, Relationship> _relationships = [];
    private long _version;

    public int AppliedWrites { get; private set; }

    public IReadOnlyCollection<Entity> Entities => _entities.Values;

    public IReadOnlyCollection<Relationship> Relationships => _relationships.Values;

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<long> GetVersionAsync(CancellationToken cancellationToken) => Task.FromResult(_version);

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Entity>>(
            [.. keys.Distinct(StringComparer.Ordinal).Where(_entities.ContainsKey).Select(k => _entities[k])]);

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(
        IReadOnlyCollection<RelationshipKey> keys,
        CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Relationship>>([.. keys.Distinct().Where(_relationships.ContainsKey).Select(k => _relationships[k])]);

    public Task<IReadOnlyList<Relationship>> GetRelationshipsOfAsync(
        IReadOnlyCollection<string> entityKeys,
        RelationshipDirection direction,
        IReadOnlyCollection<RelationshipType>? types,
        CancellationToken cancellationToken)
    {
        var keys = entityKeys.ToHashSet(StringComparer.Ordinal);
        var found = _relationships.Values
            .Where(r => types is null || types.Contains(r.Type))
            .Where(r => direction switch
            {
                RelationshipDirection.Outgoing => keys.Contains(r.FromKey),
                RelationshipDirection.Incoming => keys.Contains(r.ToKey),
                _ => keys.Contains(r.FromKey) || keys.Contains(r.ToKey),
            });
        return Task.FromResult<IReadOnlyList<Relationship>>([.. Ordered(found)]);
    }

    public Task<IReadOnlyList<Entity>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Paging is not exercised by the demo data tests.");

    public Task<long> CountEntitiesAsync(EntityLabel label, EntityFilter? filter, CancellationToken cancellationToken) =>
        filter is null
            ? Task.FromResult((long)_entities.Values.Count(e => e.Label == label))
            : throw new NotSupportedException("Filters are not exercised by the demo data tests.");

    public async IAsyncEnumerable<Entity> ScanEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var entity in _entities.Values.ToList())
        {
            await Task.Yield();
            yield return entity;
        }
    }

    public async IAsyncEnumerable<Relationship> ScanRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var relationship in Ordered(_relationships.Values).ToList())
        {
            await Task.Yield();
            yield return relationship;
        }
    }

    public Task<long> ApplyAsync(GraphWrite write, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (expectedVersion != _version)
        {
            throw new StoreVersionConflictException(expectedVersion, _version);
        }

        foreach (var key in write.RemovedRelationships)
        {
            _relationships.Remove(key);
        }

        foreach (var key in write.DeletedEntities)
        {
            _entities.Remove(key);
            foreach (var touching in _relationships.Keys.Where(k => k.FromKey == key || k.ToKey == key).ToList())
            {
                _relationships.Remove(touching);
            }
        }

        foreach (var entity in write.UpsertedEntities)
        {
            _entities[entity.Key] = entity;
        }

        foreach (var relationship in write.UpsertedRelationships)
        {
            _relationships[relationship.Identity] = relationship;
        }

        AppliedWrites++;
        return Task.FromResult(++_version);
    }

    private static IEnumerable<Relationship> Ordered(IEnumerable<Relationship> relationships) =>
        relationships
            .OrderBy(r => r.FromKey, StringComparer.Ordinal)
            .ThenBy(r => r.Type)
            .ThenBy(r => r.ToKey, StringComparer.Ordinal);
}
