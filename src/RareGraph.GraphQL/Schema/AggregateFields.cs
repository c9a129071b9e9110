using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Filtering;
using RareGraph.GraphQL.Security;
using RareGraph.GraphQL.Types.Aggregates;
using RareGraph.GraphQL.Types.Filters;

namespace RareGraph.GraphQL.Schema;

/// <summary>
/// Counts for dashboards, computed by the store (GROUP BY on SQLite, Cypher aggregation on Neo4j) so a chart needs one
/// request instead of paging through every threat.
/// </summary>
internal static class AggregateFields
{
    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountBucketGraphType>>>>("threatCounts")
            .Description("How many threats match `where`, grouped by `by`: one bucket per combination that occurs, ordered by its keys (ascending, null last); with an empty `by`, one bucket with the total.")
            .Argument<ThreatFilterGraphType>("where")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<ThreatCountDimensionGraphType>>>>("by", "Distinct dimensions, in the order the keys should come.")
            .ResolveAsync(async ctx =>
            {
                var by = Dimensions(ctx.GetArgument<List<ThreatDimension>>("by"));
                var filter = FilterTranslator.Translate(EntityLabel.Threat, ctx.GetArgument<Dictionary<string, object?>?>("where"), ctx.RareGraph().User);
                var buckets = await Store(ctx).CountThreatsByAsync(filter, by, ctx.CancellationToken);
                return buckets.Select(b => b with { Keys = b.Keys.Select((k, i) => by[i] is ThreatDimension.Category or ThreatDimension.Polarity ? ApiName(k) : k).ToList() }).ToList();
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountBucketGraphType>>>>("relationshipCounts")
            .Description("How many relationships match `where`, grouped by `by` (default: by type), ordered by their keys; with an empty `by`, one bucket with the total.")
            .Argument<RelationshipFilterGraphType>("where")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipCountDimensionGraphType>>>>("by", arg => arg.DefaultValue = new List<object> { RelationshipDimension.Type })
            .ResolveAsync(async ctx =>
            {
                var by = Dimensions(ctx.GetArgument<List<RelationshipDimension>>("by"));
                var filter = AttendanceGate.Countable(ctx, RelationshipFilterTranslator.Translate(ctx.GetArgument<Dictionary<string, object?>?>("where")));
                var buckets = await Store(ctx).CountRelationshipsByAsync(filter, by, ctx.CancellationToken);
                return buckets.Select(b => b with { Keys = b.Keys.Select(ApiName).ToList() }).ToList();
            });
    }

    private static List<T> Dimensions<T>(List<T> by)
        where T : struct, Enum =>
        by.Distinct().Count() == by.Count
            ? by
            : throw RareGraphException.Validation("by", "Name each dimension at most once.");

    /// <summary>Stores report enum values by their C# names; the API's are UPPER_SNAKE.</summary>
    private static string? ApiName(string? name) => name is null ? null : EnumNames.ToUpperSnake(name);

    private static IGraphStore Store(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<IGraphStore>();
}
