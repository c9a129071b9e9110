using GraphQL;
using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Loading;
using RareGraph.GraphQL.Paging;
using RareGraph.GraphQL.Types.Entities;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Types.Paging;

namespace RareGraph.GraphQL.Types.Analysis;

internal sealed class AllianceAnalyticsGraphType : ObjectGraphType<AllianceView>
{
    public AllianceAnalyticsGraphType()
    {
        Name = "AllianceAnalytics";
        Description = "Centrality and structure of the alliance: organisations and defenders joined by AFFILIATED_WITH, MEMBER_OF, PARTNERS_WITH and FUNDED_BY.";
        Field<NonNullGraphType<CalendarDateGraphType>>("at").Resolve(ctx => ctx.Source.At);
        Field<NonNullGraphType<FloatGraphType>>("modularity").Description("Modularity of the community partition.")
            .Resolve(ctx => ctx.Source.Modularity);
        Field<NonNullGraphType<Paging.ConnectionGraphType<AllianceMemberGraphType>>>("members")
            .Argument<AllianceMemberOrderGraphType>("order", arg => arg.DefaultValue = AllianceMemberOrder.PageRank)
            .PagingArguments()
            .Resolve(ctx =>
            {
                var order = ctx.GetArgument("order", AllianceMemberOrder.PageRank);
                return InMemoryPaging.PageRanked(AllianceMemberRanking.Rank(ctx.Source.Members, order), PageRequest.From(ctx));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AllianceGroupGraphType>>>>("components")
            .Description("Connected components, largest first.").Resolve(ctx => ctx.Source.Components);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AllianceGroupGraphType>>>>("communities")
            .Description("Louvain communities (seeded, deterministic), largest first.").Resolve(ctx => ctx.Source.Communities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("articulationPoints")
            .Description("Brokers whose loss would split their part of the alliance.")
            .Resolve(ctx => new KeyedListLoad<string, Entity>(
                ctx.Loaders().EntitiesByKey,
                ctx.Source.Members.Where(m => m.IsArticulationPoint).Select(m => m.Key)));
    }
}
