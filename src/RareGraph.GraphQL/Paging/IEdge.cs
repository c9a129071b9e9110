namespace RareGraph.GraphQL.Paging;

internal interface IEdge
{
    string Cursor { get; }

    object UntypedNode { get; }
}
