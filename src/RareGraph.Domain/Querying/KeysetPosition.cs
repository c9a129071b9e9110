namespace RareGraph.Domain.Querying;

/// <summary>
/// Where a page starts: the sort values of the last entity seen, in the order of the query's sort, followed by its key
/// (the final tie-breaker, always ascending). Cursors are this, encoded.
/// </summary>
public sealed record KeysetPosition(IReadOnlyList<object> SortValues, string Key);
