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
    public const string SourceDescription =
        "Where the fact that it exists, as described, comes from (a URL or citation); `illustrative` marks invented demo data.";

    public const string ConfidenceDescription = "0..1, how sure that source is; null counts as 1 (a documented fact).";

    public const string ValidFromDescription = "Inclusive; null = it existed since always. Answers as of an earlier date leave it out.";

    public const string ValidToDescription = "Inclusive; null = it still exists. Answers as of a later date leave it out.";

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
        type.Field<StringGraphType>("source").Description(SourceDescription).Resolve(ctx => ctx.Source.Source);
        type.Field<FloatGraphType>("confidence").Description(ConfidenceDescription).Resolve(ctx => ctx.Source.Confidence);
        type.Field<CalendarDateGraphType>("validFrom").Description(ValidFromDescription).Resolve(ctx => ctx.Source.ValidFrom);
        type.Field<CalendarDateGraphType>("validTo").Description(ValidToDescription).Resolve(ctx => ctx.Source.ValidTo);
        type.Field<NonNullGraphType<ConnectionGraphType<RelationshipGraphType>>>("relationships")
            .Description("The relationships touching this entity, ordered by (fromKey, type, toKey).")
            .Argument<ListGraphType<NonNullGraphType<RelationshipTypeGraphType>>>("types", "Only these types.")
            .Argument<RelationshipDirectionGraphType>("direction", arg => arg.DefaultValue = RelationshipDirection.Both)
            .Argument<CalendarDateGraphType>("at", "Only relationships valid on this date.")
            .PagingArguments()
            .Resolve(ctx => RelationshipsResolver.Resolve(ctx, ctx.Source.Key));
    }
}
