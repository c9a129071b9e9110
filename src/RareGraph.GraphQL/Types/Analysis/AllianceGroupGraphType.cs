using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Loading;
using RareGraph.GraphQL.Types.Entities;

namespace RareGraph.GraphQL.Types.Analysis;

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
