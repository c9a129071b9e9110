using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Writing;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class UpsertActionItemInputGraphType : PartialInputGraphType<UpsertActionItemInput>
{
    public UpsertActionItemInputGraphType()
    {
        Name = "UpsertActionItemInput";
        Field<NonNullGraphType<StringGraphType>>("key");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<CalendarDateGraphType>("dueOn");
        Field<ActionItemStatusGraphType>("status").Description("OPEN when a new action item leaves it out (or sets it to null).");
        Field<StringGraphType>("partOfKey").Description("The campaign or camp it belongs to (replaces the earlier one; omit to keep it, null to remove it).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("ownerKeys").Description("Adds OWNS from each of these organisations.");
        EntityInputFields.AddProvenance(this);
    }
}
