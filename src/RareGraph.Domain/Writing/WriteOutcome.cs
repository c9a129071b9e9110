namespace RareGraph.Domain.Writing;

/// <summary>The result of a write: the version the graph is now at and what changed (nothing, for a repeated write).</summary>
public sealed record WriteOutcome(long Version, GraphChange? Change)
{
    public bool ChangedAnything => Change is not null;
}
