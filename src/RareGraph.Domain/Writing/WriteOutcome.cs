using RareGraph.Domain.Model;

namespace RareGraph.Domain.Writing;

/// <summary>The result of a write: the version the graph is now at and what changed (nothing, for a repeated write).</summary>
public sealed record WriteOutcome(long Version, GraphChange? Change)
{
    public bool ChangedAnything => Change is not null;

    /// <summary>The request's entities as they stand after the write (input fields applied to what was stored), in request order.</summary>
    public IReadOnlyList<Entity> Entities { get; init; } = [];

    /// <summary>The request's relationships as they stand after the write, in request order.</summary>
    public IReadOnlyList<Relationship> Relationships { get; init; } = [];
}
