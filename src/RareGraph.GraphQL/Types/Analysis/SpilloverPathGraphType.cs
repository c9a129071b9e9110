using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Loading;
using RareGraph.GraphQL.Types.Entities;

namespace RareGraph.GraphQL.Types.Analysis;

internal sealed class SpilloverPathGraphType : ObjectGraphType<PathView>
{
    public SpilloverPathGraphType()
    {
        Name = "SpilloverPath";
        Description = "A walk through the graph, with the product of its step factors.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("nodes")
            .Description("The entities in walk order, from a seed (or `fromKey`) to the affected entity.")
            .Resolve(ctx => new KeyedListLoad<string, Entity>(ctx.Loaders().EntitiesByKey, ctx.Source.NodeKeys));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipGraphType>>>>("relationships")
            .Description("The relationship taken at each step (nodes[i] to nodes[i+1]), as stored.")
            .Resolve(ctx => new KeyedListLoad<RelationshipKey, Relationship>(ctx.Loaders().RelationshipsByKey, ctx.Source.Relationships));
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(ctx => ctx.Source.Score);
        Field<NonNullGraphType<IntGraphType>>("hops").Resolve(ctx => ctx.Source.Hops);
    }
}
