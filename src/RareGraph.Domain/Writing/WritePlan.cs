using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;

namespace RareGraph.Domain.Writing;

internal sealed record WritePlan(
    GraphWrite Write,
    IReadOnlyList<Change<Entity>> EntityChanges,
    IReadOnlyList<Change<Relationship>> RelationshipChanges)
{
    /// <summary>The request's entities as they will stand after the write, in request order.</summary>
    public IReadOnlyList<Entity> Entities { get; init; } = [];

    /// <summary>The request's relationships as they will stand after the write, in request order.</summary>
    public IReadOnlyList<Relationship> Relationships { get; init; } = [];
}
