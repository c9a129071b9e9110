using GraphQL.Types;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class ConfidenceFilterGraphType : InputObjectGraphType
{
    public ConfidenceFilterGraphType()
    {
        Name = "ConfidenceFilter";
        Description = "An inclusive range of confidence in [0, 1]; a missing confidence counts as 1. All given conditions must hold.";
        Field<FloatGraphType>("gte");
        Field<FloatGraphType>("lte");
    }
}
