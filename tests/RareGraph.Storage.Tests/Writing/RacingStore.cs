using RareGraph.Domain.Auditing;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;

namespace RareGraph.Storage.Tests.Writing;

/// <summary>
/// A store whose first write loses a race: just before it is applied, another replica's audited write lands on the
/// same store, so the first attempt meets a version conflict and the writer must plan again.
/// </summary>
public sealed class RacingStore(IGraphStore inner) : IGraphStore
{
    private bool _raced;

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public Task<long> GetVersionAsync(CancellationToken cancellationToken) => inner.GetVersionAsync(cancellationToken);

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        inner.GetEntitiesAsync(keys, cancellationToken);

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken) =>
        inner.GetRelationshipsAsync(keys, cancellationToken);

    public Task<IReadOnlyList<Relationship>> GetRelationshipsOfAsync(
        IReadOnlyCollection<string> entityKeys,
        RelationshipDirection direction,
        IReadOnlyCollection<RelationshipType>? types,
        CancellationToken cancellationToken) =>
        inner.GetRelationshipsOfAsync(entityKeys, direction, types, cancellationToken);

    public Task<IReadOnlyList<Entity>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) =>
        inner.ListEntitiesAsync(query, cancellationToken);

    public Task<long> CountEntitiesAsync(EntityLabel label, EntityFilter? filter, CancellationToken cancellationToken) =>
        inner.CountEntitiesAsync(label, filter, cancellationToken);

    public IAsyncEnumerable<Entity> ScanEntitiesAsync(CancellationToken cancellationToken) => inner.ScanEntitiesAsync(cancellationToken);

    public IAsyncEnumerable<Relationship> ScanRelationshipsAsync(CancellationToken cancellationToken) => inner.ScanRelationshipsAsync(cancellationToken);

    public async Task<long> ApplyAsync(GraphWrite write, long expectedVersion, CancellationToken cancellationToken)
    {
        if (!_raced)
        {
            _raced = true;
            var other = new GraphWrite([], [], [new Jurisdiction("j-de", "Germany", "DE", JurisdictionKind.Country)], [], new AuditRecord(
                "key:other-replica", "upsertJurisdiction", DateTimeOffset.UnixEpoch, [new AuditedChange(AuditSubject.Entity, "j-de", null, "{}")]));
            await inner.ApplyAsync(other, expectedVersion, cancellationToken);
        }

        return await inner.ApplyAsync(write, expectedVersion, cancellationToken);
    }
}
