using GraphQL;
using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Types.Entities;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.AllianceWork;

internal sealed class ActionItemGraphType : ObjectGraphType<ActionItem>
{
    public ActionItemGraphType()
    {
        Name = "ActionItem";
        Description = "An item of the alliance's strategic action plan: organisations OWN it; it is PART_OF a campaign or a camp.";
        Interface<NodeInterface>();
        Interface<EntityInterface>();
        IsTypeOf = source => source is ActionItem;
        EntityFields.AddCommon(this);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(ctx => ctx.Source.Title);
        Field<CalendarDateGraphType>("dueOn").Resolve(ctx => ctx.Source.DueOn);
        Field<NonNullGraphType<ActionItemStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Description("Past its due date on `at` (default: today, UTC) and neither DONE nor DROPPED.")
            .Argument<CalendarDateGraphType>("at", "The date to judge against (default: today).")
            .Resolve(ctx => ctx.Source.IsOverdueOn(ctx.GetArgument<DateOnly?>("at") ?? Today(ctx)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationGraphType>>>>("owners").Description("The organisations that OWN it, by key.")
            .Resolve(ctx => LinkedEntities.Resolve(ctx, ctx.Source.Key, RelationshipType.Owns, outgoing: false));
        Field<EntityInterface>("partOf").Description("The campaign or camp it belongs to.")
            .Resolve(ctx => LinkedEntities.First(ctx, ctx.Source.Key, RelationshipType.PartOf, outgoing: true));
    }

    /// <summary>Today in UTC, from the host's clock (tests replace it).</summary>
    public static DateOnly Today(IResolveFieldContext context) => RequestClock.Today(context);
}
