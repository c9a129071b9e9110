namespace RareGraph.GraphQL.Subscriptions;

/// <summary>How a write touched a relationship.</summary>
public enum RelationshipChangeKind
{
    Created,
    Updated,
    Deleted,
}
