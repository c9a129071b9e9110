using GraphQL.Types;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Types.Entities;

namespace RareGraph.GraphQL.Types.Analysis;

internal sealed class ExposureGraphType : ObjectGraphType<ExposureView>
{
    public ExposureGraphType()
    {
        Name = "Exposure";
        Description = "A recorded threat whose spill-over reaches the organisation.";
        Field<NonNullGraphType<ThreatGraphType>>("threat").Resolve(ctx => ctx.Loaders().EntitiesByKey.Load(ctx.Source.ThreatKey));
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(ctx => ctx.Source.Score);
        Field<NonNullGraphType<IntGraphType>>("hops").Resolve(ctx => ctx.Source.Hops);
        Field<NonNullGraphType<BooleanGraphType>>("crossBorder").Description("Whether the organisation is based outside the threat's jurisdiction.")
            .Resolve(ctx => ctx.Source.CrossBorder);
        Field<NonNullGraphType<SpilloverPathGraphType>>("path").Resolve(ctx => ctx.Source.Path);
    }
}
