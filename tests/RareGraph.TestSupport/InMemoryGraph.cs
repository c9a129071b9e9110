using System.Runtime.CompilerServices;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;

namespace RareGraph.TestSupport;

/// <summary>
/// The graph a <see cref="TestGraphStore"/> keeps when it wraps no real store: versioned, atomic writes, key lookups and
/// ordered scans, the part of the <see cref="IGraphStore"/> contract the writer and the projection rely on. Listing
/// pages and filtered counts are the real stores' business and are refused here.
/// </summary>
internal sealed class InMemoryGraph : IGraphStore
{
    private readonly Lock _lock = new();
    private readonly SortedDictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<RelationshipKey, Relationship> _relationships = [];
    private long _version;

    public long Version { get => Interlocked.Read(ref _version); set => Interlocked.Exchange(ref _version, value); }

    public IReadOnlyCollection<Entity> Entities
    {
        get
        {
            lock (_lock)
            {
                return [.. _entities.Values];
            }
        }
    }

    public IReadOnlyCollection<Relationship> Relationships
    {
        get
        {
            lock (_lock)
            {
                return [.. Ordered(_relationships.Values)];
            }
        }
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<long> GetVersionAsync(CancellationToken cancellationToken) => Task.FromResult(Version);

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Entity>>(
                [.. keys.Distinct(StringComparer.Ordinal).Where(_entities.ContainsKey).Select(k => _entities[k])]);
        }
    }

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Relationship>>([.. keys.Distinct().Where(_relationships.ContainsKey).Select(k => _relationships[k])]);
        }
    }

    public Task<IReadOnlyList<Relationship>> GetRelationshipsOfAsync(
        IReadOnlyCollection<string> entityKeys,
        RelationshipDirection direction,
        IReadOnlyCollection<RelationshipType>? types,
        CancellationToken cancellationToken)
    {
        var keys = entityKeys.ToHashSet(StringComparer.Ordinal);
        lock (_lock)
        {
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
    }

    public Task<IReadOnlyList<Entity>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Paging is the real stores' business: wrap one (new TestGraphStore(store)) to test it.");

    public Task<long> CountEntitiesAsync(EntityLabel label, EntityFilter? filter, CancellationToken cancellationToken)
    {
        if (filter is not null)
        {
            throw new NotSupportedException("Filters are the real stores' business: wrap one (new TestGraphStore(store)) to test them.");
        }

        lock (_lock)
        {
            return Task.FromResult((long)_entities.Values.Count(e => e.Label == label));
        }
    }

    public async IAsyncEnumerable<Entity> ScanEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var entity in Entities)
        {
            await Task.Yield();
            yield return entity;
        }
    }

    public async IAsyncEnumerable<Relationship> ScanRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var relationship in Relationships)
        {
            await Task.Yield();
            yield return relationship;
        }
    }

    public Task<long> ApplyAsync(GraphWrite write, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (_lock)
        {
            if (expectedVersion != Version)
            {
                throw new StoreVersionConflictException(expectedVersion, Version);
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

            return Task.FromResult(Interlocked.Increment(ref _version));
        }
    }

    private static IEnumerable<Relationship> Ordered(IEnumerable<Relationship> relationships) =>
        relationships
            .OrderBy(r => r.FromKey, StringComparer.Ordinal)
            .ThenBy(r => r.Type)
            .ThenBy(r => r.ToKey, StringComparer.Ordinal);
}
