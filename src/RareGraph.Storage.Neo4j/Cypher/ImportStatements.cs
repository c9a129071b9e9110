namespace RareGraph.Storage.Neo4j.Cypher;

/// <summary>The statements of a bulk import (<see cref="Neo4jBulkImport"/>) that the batched writes do not already have.</summary>
internal static class ImportStatements
{
    /// <summary>
    /// Opens the import's explicit transaction by taking the version node's write lock (held until the commit, so no
    /// other write interleaves) and reads the version the import starts from.
    /// </summary>
    public const string Begin =
        "MERGE (meta:GraphMeta {id: 'graph'}) ON CREATE SET meta.version = 0\n" +
        "SET meta.lock = true\n" +
        "RETURN meta.version AS version";
}
