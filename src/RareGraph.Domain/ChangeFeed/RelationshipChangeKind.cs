namespace RareGraph.Domain.ChangeFeed;

/// <summary>How a write touched a relationship.</summary>
public enum RelationshipChangeKind
{
    Created,
    Updated,
    Deleted,
}
