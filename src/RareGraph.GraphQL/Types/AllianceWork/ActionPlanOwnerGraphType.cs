using GraphQL.Types;
using RareGraph.Analysis.AllianceWork;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Types.Entities;

namespace RareGraph.GraphQL.Types.AllianceWork;

internal sealed class ActionPlanOwnerGraphType : ObjectGraphType<OwnerLoad>
{
    public ActionPlanOwnerGraphType()
    {
        Name = "ActionPlanOwner";
        Description = "What one organisation owns in an action plan (alone or with others).";
        Field<NonNullGraphType<OrganisationGraphType>>("owner").Resolve(ctx => ctx.Loaders().EntitiesByKey.Load(ctx.Source.OwnerKey));
        Field<NonNullGraphType<IntGraphType>>("total").Resolve(ctx => ctx.Source.Total);
        Field<NonNullGraphType<IntGraphType>>("unfinished").Description("OPEN or IN_PROGRESS.").Resolve(ctx => ctx.Source.Unfinished);
        Field<NonNullGraphType<IntGraphType>>("done").Resolve(ctx => ctx.Source.Done);
        Field<NonNullGraphType<IntGraphType>>("overdue").Resolve(ctx => ctx.Source.Overdue);
    }
}
