using GraphQL;
using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Ids;
using RareGraph.GraphQL.Loading;
using RareGraph.GraphQL.Paging;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Types.Paging;

namespace RareGraph.GraphQL.Types.Entities;

/// <summary>The fields every entity type shares with the <c>Entity</c> interface, declared once.</summary>
internal static class EntityFields
{
    public static void AddCommon<T>(ObjectGraphType<T> type)
        where T : Entity
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque, stable global id.")
            .Resolve(ctx => GlobalId.ForEntity(ctx.Source));
        type.Field<NonNullGraphType<StringGraphType>>("key")
            .Description("The client-chosen key: unique across the graph and stable forever.")
            .Resolve(ctx => ctx.Source.Key);
        type.Field<NonNullGraphType<StringGraphType>>("name")
            .Description("What a person sees: a defender's pseudonym, a threat's title.")
            .Resolve(ctx => ctx.Source.Name);
        type.Field<NonNullGraphType<ConnectionGraphType<RelationshipGraphType>>>("relationships")
            .Description("The relationships touching this entity, ordered by (fromKey, type, toKey).")
            .Argument<ListGraphType<NonNullGraphType<RelationshipTypeGraphType>>>("types", "Only these types.")
            .Argument<RelationshipDirectionGraphType>("direction", arg => arg.DefaultValue = RelationshipDirection.Both)
            .Argument<CalendarDateGraphType>("at", "Only relationships valid on this date.")
            .PagingArguments()
            .Resolve(ctx => RelationshipsResolver.Resolve(ctx, ctx.Source.Key));
    }
}
