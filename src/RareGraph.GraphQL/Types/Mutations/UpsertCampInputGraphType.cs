using GraphQL.Types;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Writing;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class UpsertCampInputGraphType : InputObjectGraphType<UpsertCampInput>
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
        Field<StringGraphType>("programmeKey").Description("The programme it is PART_OF (replaces the earlier one).");
        Field<StringGraphType>("heldInKey").Description("The jurisdiction it was HELD_IN (replaces the earlier one).");
        EntityInputFields.AddProvenance(this);
    }
}
