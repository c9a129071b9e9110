using GraphQL.Types;
using RareGraph.Domain.Querying;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class HasRelationshipFilterGraphType : InputObjectGraphType
{
    public HasRelationshipFilterGraphType()
    {
        Name = "HasRelationshipFilter";
        Description = "Keeps entities with a relationship of this type (to the entity `key`, when given).";
        Field<NonNullGraphType<RelationshipTypeGraphType>>("type");
        Field<RelationshipDirectionGraphType>("direction").DefaultValue(RelationshipDirection.Both);
        Field<StringGraphType>("key").Description("The entity at the other end.");
    }
}
