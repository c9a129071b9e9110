namespace RareGraph.GraphQL.Types.Paging;

internal static class GraphTypeNames
{
    /// <summary>OrganisationGraphType → Organisation: the public name a graph type class stands for.</summary>
    public static string Of<TGraphType>()
    {
        var name = typeof(TGraphType).Name;
        return name.EndsWith("GraphType", StringComparison.Ordinal) ? name[..^"GraphType".Length] : name;
    }
}
