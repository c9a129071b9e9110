using GraphQL;
using GraphQL.Types;
using RareGraph.Analysis.AllianceWork;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Paging;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Types.Paging;

namespace RareGraph.GraphQL.Types.AllianceWork;

internal sealed class ActionPlanGraphType : ObjectGraphType<ActionPlanReport>
{
    public ActionPlanGraphType()
    {
        Name = "ActionPlan";
        Description = "The status of a strategic action plan on a date.";
        Field<NonNullGraphType<CalendarDateGraphType>>("at").Description("The date overdue is judged against.").Resolve(ctx => ctx.Source.At);
        Field<NonNullGraphType<IntGraphType>>("total").Resolve(ctx => ctx.Source.Items.Count);
        Field<NonNullGraphType<IntGraphType>>("overdueCount").Description("Items past their due date on `at`, neither DONE nor DROPPED.")
            .Resolve(ctx => ctx.Source.OverdueCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionItemStatusCountGraphType>>>>("byStatus")
            .Description("One count per status, in the order OPEN, IN_PROGRESS, DONE, DROPPED.")
            .Resolve(ctx => ctx.Source.ByStatus);
        Field<NonNullGraphType<ConnectionGraphType<ActionPlanOwnerGraphType>>>("byOwner")
            .Description("What each owner holds: most overdue first, then most unfinished, then key.")
            .PagingArguments()
            .Resolve(ctx => InMemoryPaging.PageRanked(ctx.Source.ByOwner, PageRequest.From(ctx)));
        Field<NonNullGraphType<ConnectionGraphType<ActionItemGraphType>>>("items")
            .Description("The items, by due date (undated last), then key.")
            .Argument<ListGraphType<NonNullGraphType<ActionItemStatusGraphType>>>("status", "Only items with one of these statuses.")
            .Argument<StringGraphType>("ownerKey", "Only items this organisation OWNS.")
            .Argument<BooleanGraphType>("overdueOnly", "Only items overdue on `at`.", a => a.DefaultValue = false)
            .Argument<CalendarDateGraphType>("dueOnOrBefore", "Only items due on or before this date.")
            .PagingArguments()
            .Resolve(ctx =>
            {
                var page = PageRequest.From(ctx);
                var statuses = ctx.GetArgument<List<ActionItemStatus>?>("status")?.ToHashSet();
                var owner = ctx.GetArgument<string?>("ownerKey");
                var overdueOnly = ctx.GetArgument("overdueOnly", false);
                var dueBy = ctx.GetArgument<DateOnly?>("dueOnOrBefore");
                var plan = ctx.Source;
                var items = plan.Items
                    .Where(i => statuses is null || statuses.Contains(i.Status))
                    .Where(i => owner is null || (plan.OwnersOf.TryGetValue(i.Key, out var owners) && owners.Contains(owner, StringComparer.Ordinal)))
                    .Where(i => !overdueOnly || i.IsOverdueOn(plan.At))
                    .Where(i => dueBy is null || (i.DueOn is { } due && due <= dueBy.Value))
                    .ToList();
                return InMemoryPaging.PageRanked(items, page);
            });
    }
}
