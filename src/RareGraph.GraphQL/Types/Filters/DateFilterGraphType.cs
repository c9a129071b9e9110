using GraphQL.Types;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class DateFilterGraphType : InputObjectGraphType
{
    public DateFilterGraphType()
    {
        Name = "DateFilter";
        Description = "A date or an inclusive range; all given conditions must hold.";
        Field<CalendarDateGraphType>("eq");
        Field<CalendarDateGraphType>("gte");
        Field<CalendarDateGraphType>("lte");
    }
}
