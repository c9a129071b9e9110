namespace RareGraph.GraphQL.Paging;

/// <summary>The documented page sizes of every connection.</summary>
public static class PagingLimits
{
    /// <summary>Used when a query gives neither <c>first</c> nor <c>last</c>.</summary>
    public const int DefaultPageSize = 25;

    /// <summary>The hard maximum of <c>first</c> and <c>last</c>; larger values are a VALIDATION error, never a silent cut.</summary>
    public const int MaxPageSize = 100;
}
