namespace RareGraph.Domain.Storage;

using RareGraph.Domain.Model;

/// <summary>
/// A validated set of changes applied as one transaction, in this order: relationship removals, entity deletions
/// (each also removing every relationship that touches the entity), entity upserts (whole-record replacement),
/// relationship upserts (whole-record replacement).
/// </summary>
public sealed record GraphWrite(
    IReadOnlyList<RelationshipKey> RemovedRelationships,
    IReadOnlyList<string> DeletedEntities,
    IReadOnlyList<Entity> UpsertedEntities,
    IReadOnlyList<Relationship> UpsertedRelationships)
{
    public bool IsEmpty =>
        RemovedRelationships.Count == 0 && DeletedEntities.Count == 0 && UpsertedEntities.Count == 0 && UpsertedRelationships.Count == 0;
}
