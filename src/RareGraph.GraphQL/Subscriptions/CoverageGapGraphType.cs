using GraphQL.Types;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Types.Entities;

namespace RareGraph.GraphQL.Subscriptions;

internal sealed class CoverageGapGraphType : ObjectGraphType<CoverageGapEvent>
{
    public CoverageGapGraphType()
    {
        Name = "CoverageGap";
        Description = "A write left a government, parliament or multilateral body that a recorded event affects without any active campaign advocating to it.";
        Field<ThreatGraphType>("threat").Resolve(ctx => ctx.Loaders().EntitiesByKey.Load(ctx.Source.ThreatKey));
        Field<OrganisationGraphType>("body").Resolve(ctx => ctx.Loaders().EntitiesByKey.Load(ctx.Source.BodyKey));
        Field<NonNullGraphType<StringGraphType>>("threatKey").Resolve(ctx => ctx.Source.ThreatKey);
        Field<NonNullGraphType<StringGraphType>>("bodyKey").Resolve(ctx => ctx.Source.BodyKey);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("The event's impact on the body now.").Resolve(ctx => ctx.Source.Score);
        Field<NonNullGraphType<IntGraphType>>("hops").Resolve(ctx => ctx.Source.Hops);
        Field<NonNullGraphType<IntGraphType>>("graphVersion").Description("The graph version the gap was found at (or after).")
            .Resolve(ctx => checked((int)ctx.Source.Version));
    }
}
