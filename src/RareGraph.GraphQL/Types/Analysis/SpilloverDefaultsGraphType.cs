using GraphQL.Types;
using RareGraph.Analysis.Spillover;

namespace RareGraph.GraphQL.Types.Analysis;

internal sealed class SpilloverDefaultsGraphType : ObjectGraphType<ImpactOptions>
{
    public SpilloverDefaultsGraphType()
    {
        Name = "SpilloverDefaults";
        Description = "The defaults of impact and exposure when a query gives none.";
        Field<NonNullGraphType<IntGraphType>>("maxHops").Description("The longest path considered.").Resolve(ctx => ctx.Source.MaxHops);
        Field<NonNullGraphType<FloatGraphType>>("minScore").Description("The smallest score listed.").Resolve(ctx => ctx.Source.MinScore);
    }
}
