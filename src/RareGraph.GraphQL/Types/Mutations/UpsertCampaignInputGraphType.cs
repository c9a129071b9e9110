using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Writing;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class UpsertCampaignInputGraphType : InputObjectGraphType<UpsertCampaignInput>
{
    public UpsertCampaignInputGraphType()
    {
        Name = "UpsertCampaignInput";
        Field<NonNullGraphType<StringGraphType>>("key");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<StringGraphType>("goal");
        Field<CampaignStatusGraphType>("status").DefaultValue(CampaignStatus.Planned);
        Field<CalendarDateGraphType>("startsOn");
        Field<CalendarDateGraphType>("endsOn");
        Field<StringGraphType>("programmeKey").Description("The programme it is PART_OF (replaces the earlier one).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("runByKeys").Description("Adds RUNS from each of these organisations.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("advocatesToKeys").Description("The governments, parliaments and multilateral bodies it ADVOCATES_TO (replace the earlier ones when given).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("respondsToKeys").Description("The events it RESPONDS_TO (replace the earlier ones when given).");
        EntityInputFields.AddProvenance(this);
    }
}
