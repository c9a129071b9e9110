using RareGraph.Domain.Auditing;
using RareGraph.Domain.Model;

namespace RareGraph.Domain.Storage;

/// <summary>
/// One bulk import in progress: validated upserts (whole-record replacement by key and by relationship identity), in
/// batches, then one commit that appends the audit entry and moves the graph version by exactly one.
/// </summary>
public interface IBulkImportTransaction : IAsyncDisposable
{
    /// <summary>The graph version when the import began.</summary>
    long StartVersion { get; }

    Task UpsertEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken);

    Task UpsertRelationshipsAsync(IReadOnlyList<Relationship> relationships, CancellationToken cancellationToken);

    /// <summary>Commits everything with <paramref name="audit"/> as the entry of the new version, which it returns.</summary>
    Task<long> CommitAsync(AuditRecord audit, CancellationToken cancellationToken);
}
