using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Writing;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class UpsertCampaignInputGraphType : PartialInputGraphType<UpsertCampaignInput>
{
    public UpsertCampaignInputGraphType()
    {
        Name = "UpsertCampaignInput";
        Field<NonNullGraphType<StringGraphType>>("key");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<StringGraphType>("goal");
        Field<CampaignStatusGraphType>("status").Description("PLANNED when a new campaign leaves it out (or sets it to null).");
        Field<CalendarDateGraphType>("startsOn");
        Field<CalendarDateGraphType>("endsOn");
        Field<StringGraphType>("programmeKey").Description("The programme it is PART_OF (replaces the earlier one; omit to keep it, null to remove it).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("runByKeys").Description("Adds RUNS from each of these organisations.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("advocatesToKeys").Description("The governments, parliaments and multilateral bodies it ADVOCATES_TO (replace the earlier ones when given; omit to keep them, null to remove them).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("respondsToKeys").Description("The events it RESPONDS_TO (replace the earlier ones when given; omit to keep them, null to remove them).");
        EntityInputFields.AddProvenance(this);
    }
}
