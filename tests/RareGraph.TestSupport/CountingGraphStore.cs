using System.Runtime.CompilerServices;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;

namespace RareGraph.TestSupport;

/// <summary>Counts every call to the store port, to prove that resolvers batch their loads.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public void Reset() => Interlocked.Exchange(ref _calls, 0);

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public Task<long> GetVersionAsync(CancellationToken cancellationToken) => Count(inner.GetVersionAsync(cancellationToken));

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        Count(inner.GetEntitiesAsync(keys, cancellationToken));

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken) =>
        Count(inner.GetRelationshipsAsync(keys, cancellationToken));

    public Task<IReadOnlyList<Relationship>> GetRelationshipsOfAsync(
        IReadOnlyCollection<string> entityKeys,
        RelationshipDirection direction,
        IReadOnlyCollection<RelationshipType>? types,
        CancellationToken cancellationToken) =>
        Count(inner.GetRelationshipsOfAsync(entityKeys, direction, types, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipPagesAsync(RelationshipPageQuery query, CancellationToken cancellationToken) =>
        Count(inner.GetRelationshipPagesAsync(query, cancellationToken));

    public Task<IReadOnlyList<Relationship>> ListRelationshipsAsync(RelationshipListQuery query, CancellationToken cancellationToken) =>
        Count(inner.ListRelationshipsAsync(query, cancellationToken));

    public Task<IReadOnlyList<Entity>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) =>
        Count(inner.ListEntitiesAsync(query, cancellationToken));

    public Task<long> CountEntitiesAsync(EntityLabel label, EntityFilter? filter, CancellationToken cancellationToken) =>
        Count(inner.CountEntitiesAsync(label, filter, cancellationToken));

    public Task<IReadOnlyList<CountBucket>> CountThreatsByAsync(EntityFilter? filter, IReadOnlyList<ThreatDimension> by, CancellationToken cancellationToken) =>
        Count(inner.CountThreatsByAsync(filter, by, cancellationToken));

    public Task<IReadOnlyList<CountBucket>> CountRelationshipsByAsync(RelationshipFilter? filter, IReadOnlyList<RelationshipDimension> by, CancellationToken cancellationToken) =>
        Count(inner.CountRelationshipsByAsync(filter, by, cancellationToken));

    public async IAsyncEnumerable<Entity> ScanEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        await foreach (var entity in inner.ScanEntitiesAsync(cancellationToken))
        {
            yield return entity;
        }
    }

    public async IAsyncEnumerable<Relationship> ScanRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        await foreach (var relationship in inner.ScanRelationshipsAsync(cancellationToken))
        {
            yield return relationship;
        }
    }

    public Task<long> ApplyAsync(GraphWrite write, long expectedVersion, CancellationToken cancellationToken) =>
        Count(inner.ApplyAsync(write, expectedVersion, cancellationToken));

    private Task<T> Count<T>(Task<T> call)
    {
        Interlocked.Increment(ref _calls);
        return call;
    }
}
