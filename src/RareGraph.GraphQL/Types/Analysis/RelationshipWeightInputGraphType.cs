using GraphQL.Types;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.Analysis;

internal sealed class RelationshipWeightInputGraphType : InputObjectGraphType
{
    public RelationshipWeightInputGraphType()
    {
        Name = "RelationshipWeightInput";
        Field<NonNullGraphType<RelationshipTypeGraphType>>("type").Description("A type that carries spill-over.");
        Field<NonNullGraphType<FloatGraphType>>("weight").Description("In [0, 1]; 0 switches the type off.");
    }
}
