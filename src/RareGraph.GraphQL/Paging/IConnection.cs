namespace RareGraph.GraphQL.Paging;

/// <summary>What the connection graph types read, whatever the node type.</summary>
internal interface IConnection
{
    IEnumerable<IEdge> UntypedEdges { get; }

    IEnumerable<object> UntypedNodes { get; }

    PageInfo PageInfo { get; }

    Task<long> CountAsync(CancellationToken cancellationToken);
}
