namespace RareGraph.GraphQL.Paging;

/// <summary>One item of a connection and its cursor.</summary>
/// <remarks>
/// The cursor can be made when it is first read: sealing one costs an HMAC, and a dashboard that selects only
/// <c>nodes</c> reads none of them (a page of 20 organisations with three relationships each made 80 per request).
/// </remarks>
internal sealed class Edge<T> : IEdge
    where T : notnull
{
    private readonly Func<T, string>? _encode;
    private string? _cursor;

    public Edge(string cursor, T node)
    {
        _cursor = cursor;
        Node = node;
    }

    /// <summary>An edge whose cursor <paramref name="encode"/> makes from the node when the cursor is first read.</summary>
    public Edge(T node, Func<T, string> encode)
    {
        Node = node;
        _encode = encode;
    }

    public T Node { get; }

    // Two threads reading it at once make the same string; either one may be kept.
    public string Cursor => _cursor ??= _encode!(Node);

    public object UntypedNode => Node;
}
