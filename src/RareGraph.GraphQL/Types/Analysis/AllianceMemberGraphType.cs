using GraphQL.Types;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Types.Entities;

namespace RareGraph.GraphQL.Types.Analysis;

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
