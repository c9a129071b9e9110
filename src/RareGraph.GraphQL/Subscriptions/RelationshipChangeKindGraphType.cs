using GraphQL.Types;
using RareGraph.Domain.ChangeFeed;

namespace RareGraph.GraphQL.Subscriptions;

internal sealed class RelationshipChangeKindGraphType : EnumerationGraphType<RelationshipChangeKind>
{
    public RelationshipChangeKindGraphType()
    {
        Description = "How a write touched a relationship.";
    }
}
