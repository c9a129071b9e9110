using GraphQL.Types;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Types.Entities;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Subscriptions;

internal sealed class RelationshipChangedGraphType : ObjectGraphType<RelationshipChangedEvent>
{
    public RelationshipChangedGraphType()
    {
        Name = "RelationshipChanged";
        Description = "A relationship was created, changed or removed.";
        Field<NonNullGraphType<RelationshipChangeKindGraphType>>("change").Resolve(ctx => ctx.Source.Change.Change);
        Field<NonNullGraphType<StringGraphType>>("fromKey").Resolve(ctx => ctx.Source.Change.FromKey);
        Field<NonNullGraphType<RelationshipTypeGraphType>>("type").Resolve(ctx => ctx.Source.Change.Type);
        Field<NonNullGraphType<StringGraphType>>("toKey").Resolve(ctx => ctx.Source.Change.ToKey);
        Field<RelationshipGraphType>("relationship").Description("The relationship as stored now; null once it is removed.")
            .Resolve(ctx => ctx.Loaders().RelationshipsByKey.Load(ctx.Source.Change.Identity));
        Field<NonNullGraphType<IntGraphType>>("graphVersion").Description("The graph version after the write.")
            .Resolve(ctx => checked((int)ctx.Source.Version));
    }
}
