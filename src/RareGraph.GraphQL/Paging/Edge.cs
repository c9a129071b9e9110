namespace RareGraph.GraphQL.Paging;

internal sealed record Edge<T>(string Cursor, T Node) : IEdge
    where T : notnull
{
    public object UntypedNode => Node;
}
