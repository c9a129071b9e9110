namespace RareGraph.GraphQL.Paging;

/// <summary>What the connection graph types read, whatever the node type.</summary>
internal interface IConnection
{
    IEnumerable<IEdge> UntypedEdges { get; }

    IEnumerable<object> UntypedNodes { get; }

    PageInfo PageInfo { get; }

    Task<long> CountAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The total as a deferred load (yielding an int), when the connection counts through a batch loader so that the
    /// totals of sibling connections share one store call; null to use <see cref="CountAsync"/>.
    /// </summary>
    global::GraphQL.DataLoader.IDataLoaderResult? DeferredCount => null;
}
