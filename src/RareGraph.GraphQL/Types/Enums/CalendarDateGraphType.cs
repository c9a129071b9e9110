using GraphQL.Types;

namespace RareGraph.GraphQL.Types.Enums;

/// <summary>The contract's <c>Date</c> scalar: a calendar date written <c>YYYY-MM-DD</c>.</summary>
internal sealed class CalendarDateGraphType : DateOnlyGraphType
{
    public CalendarDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date without time or zone, written YYYY-MM-DD (ISO 8601).";
    }
}
