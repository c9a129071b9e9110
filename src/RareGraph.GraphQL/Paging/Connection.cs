namespace RareGraph.GraphQL.Paging;

/// <summary>What the connection graph types read, whatever the node type.</summary>
internal interface IConnection
{
    IEnumerable<IEdge> UntypedEdges { get; }

    IEnumerable<object> UntypedNodes { get; }

    PageInfo PageInfo { get; }

    Task<long> CountAsync(CancellationToken cancellationToken);
}

internal interface IEdge
{
    string Cursor { get; }

    object UntypedNode { get; }
}

/// <summary>One page of a connection. The total is computed only when a client selects it.</summary>
internal sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, Func<CancellationToken, Task<long>> Total) : IConnection
    where T : notnull
{
    public IEnumerable<IEdge> UntypedEdges => Edges;

    public IEnumerable<object> UntypedNodes => Edges.Select(e => (object)e.Node);

    public Task<long> CountAsync(CancellationToken cancellationToken) => Total(cancellationToken);
}

internal sealed record Edge<T>(string Cursor, T Node) : IEdge
    where T : notnull
{
    public object UntypedNode => Node;
}

internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
