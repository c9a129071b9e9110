namespace RareGraph.GraphQL.Paging;

/// <summary>One page of a connection. The total is computed only when a client selects it.</summary>
internal sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, Func<CancellationToken, Task<long>> Total) : IConnection
    where T : notnull
{
    public IEnumerable<IEdge> UntypedEdges => Edges;

    public IEnumerable<object> UntypedNodes => Edges.Select(e => (object)e.Node);

    public Task<long> CountAsync(CancellationToken cancellationToken) => Total(cancellationToken);

    /// <inheritdoc />
    public global::GraphQL.DataLoader.IDataLoaderResult? DeferredCount { get; init; }
}
