using RareGraph.Domain.Model;

namespace RareGraph.Domain.ChangeFeed;

/// <summary>One relationship a write touched, by identity, and how.</summary>
public sealed record RelationshipEvent(string FromKey, RelationshipType Type, string ToKey, RelationshipChangeKind Change)
{
    public RelationshipKey Identity => new(FromKey, Type, ToKey);
}
