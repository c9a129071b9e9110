namespace RareGraph.Storage.Neo4j.Wire;

/// <summary>One statement with its parameters; <see cref="Statement"/> null means an empty body (commit, keep-alive).</summary>
internal sealed record CypherRequest(string? Statement, IReadOnlyDictionary<string, object?> Parameters, bool ReadOnly)
{
    public static CypherRequest Read(string statement, IReadOnlyDictionary<string, object?>? parameters = null) =>
        new(statement, parameters ?? new Dictionary<string, object?>(StringComparer.Ordinal), ReadOnly: true);

    public static CypherRequest Write(string statement, IReadOnlyDictionary<string, object?>? parameters = null) =>
        new(statement, parameters ?? new Dictionary<string, object?>(StringComparer.Ordinal), ReadOnly: false);
}
