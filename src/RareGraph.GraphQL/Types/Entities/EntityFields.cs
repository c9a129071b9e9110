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
            .Resolve(ctx => ctx.Loaders().RelationshipsOf.Load(ctx.Source.Key).Then(loaded =>
            {
                var all = loaded ?? [];
                var types = ctx.GetArgument<List<RelationshipType>?>("types")?.ToHashSet();
                var direction = ctx.GetArgument("direction", RelationshipDirection.Both);
                var at = ctx.GetArgument<DateOnly?>("at");
                var key = ctx.Source.Key;
                var selected = all.Where(r =>
                        (types is null || types.Contains(r.Type))
                        && (at is null || r.IsValidOn(at.Value))
                        && direction switch
                        {
                            RelationshipDirection.Outgoing => string.Equals(r.FromKey, key, StringComparison.Ordinal),
                            RelationshipDirection.Incoming => string.Equals(r.ToKey, key, StringComparison.Ordinal),
                            _ => true,
                        })
                    .ToList();
                return InMemoryPaging.Page(selected, 3, r => [r.FromKey, r.Type.ToString(), r.ToKey], PageRequest.From(ctx));
            }));
    }
}
