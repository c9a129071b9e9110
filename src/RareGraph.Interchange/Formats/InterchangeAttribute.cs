namespace RareGraph.Interchange.Formats;

/// <summary>One declared column of a node or edge table: its name, as researchers see it, and its type.</summary>
public sealed record InterchangeAttribute(string Name, AttributeKind Kind);
