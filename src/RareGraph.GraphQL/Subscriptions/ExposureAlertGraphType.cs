using GraphQL.Types;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Types.Entities;

namespace RareGraph.GraphQL.Subscriptions;

internal sealed class ExposureAlertGraphType : ObjectGraphType<ExposureAlertEvent>
{
    public ExposureAlertGraphType()
    {
        Name = "ExposureAlert";
        Description = "A write made a recorded threat's spill-over onto the organisation reach the subscribed threshold.";
        Field<OrganisationGraphType>("organisation").Resolve(ctx => ctx.Loaders().EntitiesByKey.Load(ctx.Source.OrganisationKey));
        Field<ThreatGraphType>("threat").Resolve(ctx => ctx.Loaders().EntitiesByKey.Load(ctx.Source.ThreatKey));
        Field<NonNullGraphType<StringGraphType>>("organisationKey").Resolve(ctx => ctx.Source.OrganisationKey);
        Field<NonNullGraphType<StringGraphType>>("threatKey").Resolve(ctx => ctx.Source.ThreatKey);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("The threat's impact on the organisation now, in (0, 1].")
            .Resolve(ctx => ctx.Source.Score);
        Field<NonNullGraphType<IntGraphType>>("hops").Resolve(ctx => ctx.Source.Hops);
        Field<NonNullGraphType<IntGraphType>>("graphVersion").Description("The graph version the alert was computed at (or after).")
            .Resolve(ctx => checked((int)ctx.Source.Version));
    }
}
