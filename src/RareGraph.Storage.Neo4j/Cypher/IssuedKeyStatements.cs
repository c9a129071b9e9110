namespace RareGraph.Storage.Neo4j.Cypher;

/// <summary>Issued API keys as <c>:IssuedApiKey</c> nodes (never <c>:Entity</c>), unique by id and by hash.</summary>
internal static class IssuedKeyStatements
{
    /// <summary>
    /// Creates the key unless its id is taken. The hash of a fresh secret is unique, so the key was created by this
    /// statement exactly when the stored hash is ours — which also makes a retry after a lost answer report success.
    /// </summary>
    public const string Add =
        "MERGE (k:IssuedApiKey {id: $id}) " +
        "ON CREATE SET k.hash = $hash, k.role = $role, k.issuedAt = $issuedAt, k.issuedBy = $issuedBy " +
        "RETURN k.hash = $hash AS created";

    public const string FindByHash = "MATCH (k:IssuedApiKey {hash: $hash}) RETURN k";

    public const string List = "MATCH (k:IssuedApiKey) RETURN k ORDER BY k.id";

    public const string Revoke =
        "MATCH (k:IssuedApiKey {id: $id}) WHERE k.revokedAt IS NULL " +
        "SET k.revokedAt = $at, k.revokedBy = $by RETURN k.id AS id";
}
