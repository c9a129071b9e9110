namespace RareGraph.Domain.Querying;

/// <summary>Which stored direction to follow, seen from the entity in hand.</summary>
public enum RelationshipDirection
{
    Outgoing,
    Incoming,
    Both,
}
