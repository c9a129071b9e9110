using GraphQL;
using GraphQL.Types;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Loading;
using RareGraph.GraphQL.Paging;
using RareGraph.GraphQL.Types.Entities;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Types.Paging;

namespace RareGraph.GraphQL.Types.Analysis;

internal sealed class ImpactReportGraphType : ObjectGraphType<ImpactReportView>
{
    public ImpactReportGraphType()
    {
        Name = "ImpactReport";
        Description = "Who a threat affects, how strongly and why (spill-over model v1).";
        Field<NonNullGraphType<ThreatGraphType>>("threat").Resolve(ctx => ctx.Loaders().EntitiesByKey.Load(ctx.Source.ThreatKey));
        Field<NonNullGraphType<CalendarDateGraphType>>("at").Description("The date whose valid relationships were used.").Resolve(ctx => ctx.Source.At);
        Field<NonNullGraphType<EventPolarityGraphType>>("polarity")
            .Description("The event's polarity: RESTRICTIVE scores measure harm reaching an organisation, PROTECTIVE ones protection.")
            .Resolve(ctx => ctx.Source.Polarity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationGraphType>>>>("initiators")
            .Description("The organisations that brought the event about (INITIATED_BY, valid at `at`), in key order: never seeds, never among `affected` through this event.")
            .Resolve(ctx => new KeyedListLoad<string, Domain.Model.Entity>(ctx.Loaders().EntitiesByKey, ctx.Source.InitiatorKeys));
        Field<NonNullGraphType<Paging.ConnectionGraphType<AffectedGraphType>>>("affected")
            .Description("Ordered by score descending, then hops ascending, then key.")
            .Argument<BooleanGraphType>("crossBorderOnly", "Only organisations based outside the threat's jurisdiction.")
            .PagingArguments()
            .Resolve(ctx =>
            {
                var affected = ctx.GetArgument("crossBorderOnly", false) ? ctx.Source.CrossBorderAffected.Value : ctx.Source.Affected;
                return InMemoryPaging.PageRanked(affected, PageRequest.From(ctx));
            });
    }
}
