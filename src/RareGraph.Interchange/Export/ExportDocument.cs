using RareGraph.Interchange.Formats;

namespace RareGraph.Interchange.Export;

/// <summary>
/// A graph ready to be written: the declared node and edge attributes, then the nodes and the edges as streams, read
/// once each, nodes first, so no writer holds the graph in memory.
/// </summary>
public sealed record ExportDocument(
    string Description,
    IReadOnlyList<InterchangeAttribute> NodeAttributes,
    IReadOnlyList<InterchangeAttribute> EdgeAttributes,
    IAsyncEnumerable<ExportNode> Nodes,
    IAsyncEnumerable<ExportEdge> Edges);
