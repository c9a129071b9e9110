using GraphQL.Types;

namespace RareGraph.GraphQL.Types.Enums;

internal sealed class SortDirectionGraphType : EnumerationGraphType
{
    public SortDirectionGraphType()
    {
        Name = "SortDirection";
        Add("ASC", false, "Ascending (ordinal for text, oldest first for dates, LOW first for severities).");
        Add("DESC", true, "Descending.");
    }
}
