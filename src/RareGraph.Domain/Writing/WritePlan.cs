namespace RareGraph.Domain.Writing;

using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;

internal sealed record WritePlan(
    GraphWrite Write,
    IReadOnlyList<Change<Entity>> EntityChanges,
    IReadOnlyList<Change<Relationship>> RelationshipChanges);
