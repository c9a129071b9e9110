using GraphQL.Types;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Loading;
using RareGraph.GraphQL.Types.Analysis;
using RareGraph.GraphQL.Types.Entities;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.AllianceWork;

internal sealed class CoverageGraphType : ObjectGraphType<CoverageView>
{
    public CoverageGraphType()
    {
        Name = "Coverage";
        Description = "A government, parliament or multilateral body an event affects, and the active campaigns advocating to it.";
        Field<NonNullGraphType<OrganisationGraphType>>("body").Resolve(ctx => ctx.Loaders().EntitiesByKey.Load(ctx.Source.Body.OrganisationKey));
        Field<NonNullGraphType<FloatGraphType>>("score").Description("The event's impact on the body (spill-over model v1).").Resolve(ctx => ctx.Source.Body.Score);
        Field<NonNullGraphType<IntGraphType>>("hops").Resolve(ctx => ctx.Source.Body.Hops);
        Field<NonNullGraphType<BooleanGraphType>>("crossBorder")
            .Description("True when the body is BASED_IN a jurisdiction other than the one the event OCCURRED_IN.")
            .Resolve(ctx => ctx.Source.Body.CrossBorder);
        Field<NonNullGraphType<SpilloverPathGraphType>>("path").Description("One path that reaches exactly this score in exactly this many steps.")
            .Resolve(ctx => ctx.Source.Body.Path);
        Field<NonNullGraphType<CalendarDateGraphType>>("at").Description("The date the impact was computed on and campaigns had to be active on.")
            .Resolve(ctx => ctx.Source.At);
        Field<NonNullGraphType<BooleanGraphType>>("uncovered").Description("No active campaign advocates to the body: where to lobby next.")
            .Resolve(ctx => ctx.Source.Uncovered);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampaignGraphType>>>>("campaigns")
            .Description("The campaigns ACTIVE on `at` that ADVOCATE_TO the body, by key.")
            .Resolve(ctx => new KeyedListLoad<string, Domain.Model.Entity>(ctx.Loaders().EntitiesByKey, ctx.Source.CampaignKeys));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampaignGraphType>>>>("respondingCampaigns")
            .Description("Those of `campaigns` that RESPOND_TO this very event, by key.")
            .Resolve(ctx => new KeyedListLoad<string, Domain.Model.Entity>(ctx.Loaders().EntitiesByKey, ctx.Source.RespondingCampaignKeys));
    }
}
