using RareGraph.Domain.Auditing;
using RareGraph.Domain.Model;

namespace RareGraph.Domain.Storage;

/// <summary>
/// A validated set of changes applied as one transaction, in this order: relationship removals, entity deletions
/// (each also removing every relationship that touches the entity), entity upserts (whole-record replacement),
/// relationship upserts (whole-record replacement).
/// </summary>
/// <remarks>
/// <see cref="Audit"/> is the write's audit entry, recorded in the same transaction under the version the write
/// produces: if it cannot be recorded, nothing is applied. It is null only for writes that bypass
/// <see cref="Writing.GraphWriter"/> (store tests).
/// </remarks>
public sealed record GraphWrite(
    IReadOnlyList<RelationshipKey> RemovedRelationships,
    IReadOnlyList<string> DeletedEntities,
    IReadOnlyList<Entity> UpsertedEntities,
    IReadOnlyList<Relationship> UpsertedRelationships,
    AuditRecord? Audit = null)
{
    /// <summary>True when the write changes nothing in the graph (an audit record alone is not a change).</summary>
    public bool IsEmpty =>
        RemovedRelationships.Count == 0 && DeletedEntities.Count == 0 && UpsertedEntities.Count == 0 && UpsertedRelationships.Count == 0;
}
