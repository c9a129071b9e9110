namespace RareGraph.Storage.Neo4j.Wire;

/// <summary>A relationship as the Query API returns it.</summary>
internal sealed record Neo4jRelationship(
    string ElementId,
    string StartNodeElementId,
    string EndNodeElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties);
