using GraphQL.Types;

namespace RareGraph.GraphQL.Types.Enums;

internal sealed class SortDirectionGraphType : EnumerationGraphType
{
    public SortDirectionGraphType()
    {
        Name = "SortDirection";
        Add("ASC", false, "Ascending: names as people read them (case and accents ignored: Átlátszó among the A's), other text by character code, dates oldest first, severities LOW first.");
        Add("DESC", true, "Descending.");
    }
}
