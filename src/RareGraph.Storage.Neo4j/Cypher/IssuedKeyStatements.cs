namespace RareGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Issued API keys as <c>:IssuedApiKey</c> nodes (never <c>:Entity</c>), unique by id and by hash. Issuing and revoking
/// are writes: when the statement changes the key, it also moves the graph version on (under its write lock, as
/// <see cref="WriteStatements"/> does) and creates the change's <c>:AuditEntry</c> under the new version, in the same
/// implicit transaction. <c>$audit</c> holds one entry, or none (store tests).
/// </summary>
internal static class IssuedKeyStatements
{
    /// <summary>
    /// Creates the key unless its id is taken. The hash of a fresh secret is unique, so the key was created by this
    /// statement exactly when the stored hash is ours — which also makes a retry after a lost answer report success.
    /// Only the run that creates the node records an entry (<c>auditPending</c> lives for the statement only).
    /// </summary>
    public const string Add =
        "MERGE (k:IssuedApiKey {id: $id}) " +
        "ON CREATE SET k.hash = $hash, k.role = $role, k.issuedAt = $issuedAt, k.issuedBy = $issuedBy, k.auditPending = true " +
        "WITH k " +
        "CALL (k) { UNWIND (CASE WHEN k.auditPending = true THEN $audit ELSE [] END) AS audit " + AppendAudit + " } " +
        "REMOVE k.auditPending " +
        "RETURN k.hash = $hash AS created";

    public const string FindByHash = "MATCH (k:IssuedApiKey {hash: $hash}) RETURN k";

    public const string List = "MATCH (k:IssuedApiKey) RETURN k ORDER BY k.id";

    public const string Revoke =
        "MATCH (k:IssuedApiKey {id: $id}) WHERE k.revokedAt IS NULL " +
        "SET k.revokedAt = $at, k.revokedBy = $by " +
        "WITH k " +
        "CALL (k) { UNWIND $audit AS audit " + AppendAudit + " } " +
        "RETURN k.id AS id";

    /// <summary>For each <c>audit</c> row: lock the version node, move the version on, record the entry under it.</summary>
    private const string AppendAudit =
        "MERGE (meta:GraphMeta {id: 'graph'}) ON CREATE SET meta.version = 0 " +
        "SET meta.lock = true " +
        "WITH meta, audit, meta.version + 1 AS version " +
        "SET meta.version = version " +
        "CREATE (:AuditEntry {version: version, at: audit.at, actor: audit.actor, operation: audit.operation, changes: audit.changes})";
}
