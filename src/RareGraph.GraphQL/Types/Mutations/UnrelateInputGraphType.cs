using GraphQL.Types;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Writing;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class UnrelateInputGraphType : InputObjectGraphType<UnrelateInput>
{
    public UnrelateInputGraphType()
    {
        Name = "UnrelateInput";
        Field<NonNullGraphType<StringGraphType>>("fromKey");
        Field<NonNullGraphType<StringGraphType>>("toKey");
        Field<NonNullGraphType<RelationshipTypeGraphType>>("type");
    }
}
