using GraphQL.Types;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Writing;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class UpsertCampInputGraphType : PartialInputGraphType<UpsertCampInput>
{
    public UpsertCampInputGraphType()
    {
        Name = "UpsertCampInput";
        Field<NonNullGraphType<StringGraphType>>("key");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<StringGraphType>("city");
        Field<CalendarDateGraphType>("startsOn");
        Field<CalendarDateGraphType>("endsOn");
        Field<StringGraphType>("topic");
        Field<StringGraphType>("programmeKey").Description("The programme it is PART_OF (replaces the earlier one; omit to keep it, null to remove it).");
        Field<StringGraphType>("heldInKey").Description("The jurisdiction it was HELD_IN (replaces the earlier one; omit to keep it, null to remove it).");
        EntityInputFields.AddProvenance(this);
    }
}
