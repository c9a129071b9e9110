using GraphQL.Types;
using RareGraph.Analysis.AllianceWork;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.AllianceWork;

internal sealed class ActionItemStatusCountGraphType : ObjectGraphType<StatusCount>
{
    public ActionItemStatusCountGraphType()
    {
        Name = "ActionItemStatusCount";
        Description = "How many items of an action plan have a status, and how many of them are overdue.";
        Field<NonNullGraphType<ActionItemStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(ctx => ctx.Source.Count);
        Field<NonNullGraphType<IntGraphType>>("overdue").Resolve(ctx => ctx.Source.Overdue);
    }
}
