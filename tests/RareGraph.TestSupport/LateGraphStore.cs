using System.Runtime.CompilerServices;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;

namespace RareGraph.TestSupport;

/// <summary>
/// A store that is down (every call UNAVAILABLE, as a real adapter reports an unreachable database) until
/// <see cref="Appear"/> is called: the database that docker compose starts beside the server, later than the server.
/// </summary>
public sealed class LateGraphStore(IGraphStore inner) : IGraphStore
{
    private volatile bool _up;
    private int _refusedInitializations;

    /// <summary>How many times the server tried to initialise the store while it was down.</summary>
    public int RefusedInitializations => Volatile.Read(ref _refusedInitializations);

    public void Appear() => _up = true;

    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!_up)
        {
            Interlocked.Increment(ref _refusedInitializations);
        }

        return Guard(() => inner.InitializeAsync(cancellationToken));
    }

    public Task<long> GetVersionAsync(CancellationToken cancellationToken) => Guard(() => inner.GetVersionAsync(cancellationToken));

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        Guard(() => inner.GetEntitiesAsync(keys, cancellationToken));

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken) =>
        Guard(() => inner.GetRelationshipsAsync(keys, cancellationToken));

    public Task<IReadOnlyList<Relationship>> GetRelationshipsOfAsync(
        IReadOnlyCollection<string> entityKeys,
        RelationshipDirection direction,
        IReadOnlyCollection<RelationshipType>? types,
        CancellationToken cancellationToken) =>
        Guard(() => inner.GetRelationshipsOfAsync(entityKeys, direction, types, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipPagesAsync(RelationshipPageQuery query, CancellationToken cancellationToken) =>
        Guard(() => inner.GetRelationshipPagesAsync(query, cancellationToken));

    public Task<IReadOnlyList<Entity>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) =>
        Guard(() => inner.ListEntitiesAsync(query, cancellationToken));

    public Task<long> CountEntitiesAsync(EntityLabel label, EntityFilter? filter, CancellationToken cancellationToken) =>
        Guard(() => inner.CountEntitiesAsync(label, filter, cancellationToken));

    public Task<IReadOnlyList<CountBucket>> CountThreatsByAsync(EntityFilter? filter, IReadOnlyList<ThreatDimension> by, CancellationToken cancellationToken) =>
        Guard(() => inner.CountThreatsByAsync(filter, by, cancellationToken));

    public Task<IReadOnlyList<CountBucket>> CountRelationshipsByAsync(RelationshipFilter? filter, IReadOnlyList<RelationshipDimension> by, CancellationToken cancellationToken) =>
        Guard(() => inner.CountRelationshipsByAsync(filter, by, cancellationToken));

    public async IAsyncEnumerable<Entity> ScanEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ThrowIfDown();
        await foreach (var entity in inner.ScanEntitiesAsync(cancellationToken))
        {
            yield return entity;
        }
    }

    public async IAsyncEnumerable<Relationship> ScanRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ThrowIfDown();
        await foreach (var relationship in inner.ScanRelationshipsAsync(cancellationToken))
        {
            yield return relationship;
        }
    }

    public Task<long> ApplyAsync(GraphWrite write, long expectedVersion, CancellationToken cancellationToken) =>
        Guard(() => inner.ApplyAsync(write, expectedVersion, cancellationToken));

    private Task<T> Guard<T>(Func<Task<T>> call)
    {
        ThrowIfDown();
        return call();
    }

    private Task Guard(Func<Task> call)
    {
        ThrowIfDown();
        return call();
    }

    private void ThrowIfDown()
    {
        if (!_up)
        {
            throw RareGraphException.Unavailable("The database is not reachable (test).");
        }
    }
}
