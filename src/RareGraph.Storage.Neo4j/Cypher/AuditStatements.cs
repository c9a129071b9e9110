namespace RareGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Reading the audit trail. Entries are <c>:AuditEntry</c> nodes — never <c>:Entity</c>, so no entity lookup, listing,
/// count or scan meets them — created only by <see cref="WriteStatements"/> with the write they describe.
/// </summary>
internal static class AuditStatements
{
    private const string Matching =
        "($actor IS NULL OR entry.actor = $actor) AND ($operation IS NULL OR entry.operation = $operation)";

    /// <summary>One page, newest first, below <c>$before</c> (all when null); the version constraint's index orders it.</summary>
    public const string List =
        "MATCH (entry:AuditEntry) WHERE ($before IS NULL OR entry.version < $before) AND " + Matching + " " +
        "RETURN entry.version AS version, entry.at AS at, entry.actor AS actor, entry.operation AS operation, entry.changes AS changes " +
        "ORDER BY entry.version DESC LIMIT $limit";

    public const string Count = "MATCH (entry:AuditEntry) WHERE " + Matching + " RETURN count(entry) AS total";
}
