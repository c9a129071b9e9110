using GraphQL.Types;
using RareGraph.Domain.Querying;

namespace RareGraph.GraphQL.Types.Enums;

internal sealed class RelationshipDirectionGraphType : EnumerationGraphType<RelationshipDirection>
{
    public RelationshipDirectionGraphType()
    {
        Description = "Which stored direction to follow, seen from the entity in hand: OUTGOING = the entity is `from`.";
    }
}
