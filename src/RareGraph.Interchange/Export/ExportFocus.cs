using RareGraph.Domain.Model;
using RareGraph.Interchange.Formats;

namespace RareGraph.Interchange.Export;

/// <summary>
/// A part of the graph to export instead of all of it (an impact's affected subgraph): exactly these nodes, each with
/// extra attribute values, and every relationship among them, those in <see cref="Marked"/> flagged <c>onPath</c>.
/// </summary>
public sealed record ExportFocus(
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>> Nodes,
    IReadOnlyList<InterchangeAttribute> NodeAttributes,
    IReadOnlySet<RelationshipKey> Marked);
