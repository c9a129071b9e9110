namespace RareGraph.Storage.Neo4j.Wire;

/// <summary>A node as the Query API returns it. The element id is only meaningful inside one transaction.</summary>
internal sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);
