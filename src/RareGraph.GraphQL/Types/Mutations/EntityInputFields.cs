using GraphQL.Types;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.Mutations;

/// <summary>The provenance and validity fields every entity input shares, declared once.</summary>
internal static class EntityInputFields
{
    public static void AddProvenance<T>(InputObjectGraphType<T> type)
    {
        type.Field<StringGraphType>("source").Description("Where the fact that it exists comes from (a URL or citation); `illustrative` for invented data.");
        type.Field<FloatGraphType>("confidence").Description("In [0, 1]; omit for a documented fact (counts as 1).");
        type.Field<CalendarDateGraphType>("validFrom").Description("When it came into existence (inclusive); omit for since always.");
        type.Field<CalendarDateGraphType>("validTo").Description("When it ceased to exist (inclusive); omit while it exists.");
    }
}
