using GraphQL.Types;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Writing;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class UpsertProgrammeInputGraphType : PartialInputGraphType<UpsertProgrammeInput>
{
    public UpsertProgrammeInputGraphType()
    {
        Name = "UpsertProgrammeInput";
        Field<NonNullGraphType<StringGraphType>>("key");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<CalendarDateGraphType>("startsOn");
        Field<CalendarDateGraphType>("endsOn");
        Field<StringGraphType>("summary");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("organiserKeys").Description("Adds ORGANISES from each of these organisations.");
        EntityInputFields.AddProvenance(this);
    }
}
