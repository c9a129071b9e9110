using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.Analysis.AllianceWork;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Loading;
using RareGraph.GraphQL.Types.AllianceWork;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Schema;

/// <summary><c>actionPlan</c>: the status of the strategic action plan, overdue items judged against a date.</summary>
internal static class ActionPlanField
{
    private const int ListingPageSize = 500;

    public static void Add(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ActionPlanGraphType>>("actionPlan")
            .Description("The status of the strategic action plan: items by status, owner and due date, and which are overdue on `at`.")
            .Argument<StringGraphType>("programmeKey", "Only the items of this programme's campaigns and camps (default: every action item).")
            .Argument<CalendarDateGraphType>("at", "The date overdue is judged against, and on which items and owners must exist (default: today).")
            .MinConfidenceArgument()
            .ResolveAsync(async ctx =>
            {
                var asOf = AllianceWorkArguments.AsOf(ctx);
                var loaders = ctx.Loaders();
                var items = ctx.GetArgument<string?>("programmeKey") is null
                    ? await EveryItemAsync(ctx.RequestServices!.GetRequiredService<IGraphStore>(), ctx.CancellationToken)
                    : await ItemsOfProgrammeAsync(ctx, loaders);
                var ofItems = await loaders.LoadRelationshipsOfAsync(items.Select(i => i.Key), ctx.CancellationToken);
                return ActionPlanAnalysis.Assess(items, ofItems.Values.SelectMany(all => all), asOf);
            });

    private static async Task<List<ActionItem>> ItemsOfProgrammeAsync(IResolveFieldContext context, RequestLoaders loaders)
    {
        var programme = await AllianceWorkArguments.RequireAsync<Programme>(context, "programmeKey", "a programme");
        var parts = PartsOf(await loaders.RelationshipsOf.LoadNowAsync(programme.Key, context.CancellationToken) ?? [], programme.Key);
        var ofParts = await loaders.LoadRelationshipsOfAsync(parts, context.CancellationToken);
        var itemKeys = ofParts.SelectMany(pair => PartsOf(pair.Value, pair.Key));
        return [.. (await loaders.LoadEntitiesAsync(itemKeys, context.CancellationToken)).Values.OfType<ActionItem>()];
    }

    private static IEnumerable<string> PartsOf(IEnumerable<Relationship> relationships, string whole) =>
        relationships.Where(r => r.Type == RelationshipType.PartOf && string.Equals(r.ToKey, whole, StringComparison.Ordinal)).Select(r => r.FromKey);

    /// <summary>Every action item, read a page at a time in key order.</summary>
    private static async Task<List<ActionItem>> EveryItemAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var items = new List<ActionItem>();
        KeysetPosition? position = null;
        while (true)
        {
            var page = await store.ListEntitiesAsync(new EntityQuery(EntityLabel.ActionItem, null, [], position, false, ListingPageSize), cancellationToken);
            items.AddRange(page.OfType<ActionItem>());
            if (page.Count < ListingPageSize)
            {
                return items;
            }

            position = new KeysetPosition([], page[^1].Key);
        }
    }
}
