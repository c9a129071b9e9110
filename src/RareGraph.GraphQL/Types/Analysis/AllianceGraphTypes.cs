using GraphQL;
using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Loading;
using RareGraph.GraphQL.Paging;
using RareGraph.GraphQL.Types.Entities;
using RareGraph.GraphQL.Types.Enums;

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
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
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

internal sealed class AllianceMemberGraphType : ObjectGraphType<AllianceMemberView>
{
    public AllianceMemberGraphType()
    {
        Name = "AllianceMember";
        Field<NonNullGraphType<EntityInterface>>("entity").Resolve(ctx => ctx.Loaders().EntitiesByKey.Load(ctx.Source.Key));
        Field<NonNullGraphType<IntGraphType>>("degree").Resolve(ctx => ctx.Source.Degree);
        Field<NonNullGraphType<FloatGraphType>>("pageRank").Description("Damping 0.85; sums to 1 over the alliance.").Resolve(ctx => ctx.Source.PageRank);
        Field<NonNullGraphType<FloatGraphType>>("betweenness").Description("Normalised as networkx.betweenness_centrality(G, normalized=True).")
            .Resolve(ctx => ctx.Source.Betweenness);
        Field<NonNullGraphType<BooleanGraphType>>("isArticulationPoint").Resolve(ctx => ctx.Source.IsArticulationPoint);
        Field<NonNullGraphType<IntGraphType>>("component").Resolve(ctx => ctx.Source.ComponentId);
        Field<NonNullGraphType<IntGraphType>>("community").Resolve(ctx => ctx.Source.CommunityId);
    }
}

internal sealed class AllianceGroupGraphType : ObjectGraphType<AllianceGroupView>
{
    public AllianceGroupGraphType()
    {
        Name = "AllianceGroup";
        Field<NonNullGraphType<IntGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<IntGraphType>>("size").Resolve(ctx => ctx.Source.MemberKeys.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("members")
            .Resolve(ctx => new KeyedListLoad<string, Entity>(ctx.Loaders().EntitiesByKey, ctx.Source.MemberKeys));
    }
}

internal enum AllianceMemberOrder
{
    PageRank,
    Betweenness,
    Degree,
    Key,
}

internal sealed class AllianceMemberOrderGraphType : EnumerationGraphType<AllianceMemberOrder>
{
    public AllianceMemberOrderGraphType()
    {
        Description = "Metrics order descending; ties and KEY order by key ascending.";
    }
}

internal static class AllianceMemberRanking
{
    public static List<AllianceMemberView> Rank(IEnumerable<AllianceMemberView> members, AllianceMemberOrder order)
    {
        var byKey = members.OrderBy(m => m.Key, StringComparer.Ordinal);
        return order switch
        {
            AllianceMemberOrder.PageRank => [.. members.OrderByDescending(m => m.PageRank).ThenBy(m => m.Key, StringComparer.Ordinal)],
            AllianceMemberOrder.Betweenness => [.. members.OrderByDescending(m => m.Betweenness).ThenBy(m => m.Key, StringComparer.Ordinal)],
            AllianceMemberOrder.Degree => [.. members.OrderByDescending(m => m.Degree).ThenBy(m => m.Key, StringComparer.Ordinal)],
            _ => [.. byKey],
        };
    }
}
