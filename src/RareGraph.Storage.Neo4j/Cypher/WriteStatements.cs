using System.Text;
using RareGraph.Domain.Model;

namespace RareGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The write statements. Every write is, whenever it fits in one batch, exactly one statement — one implicit
/// transaction — that checks and bumps the graph version and applies every change:
/// <code>
/// MERGE (meta:GraphMeta …) SET meta.lock = true       take the write lock on the version node first
/// WITH meta WHERE meta.version = $expectedVersion     … then read the version: no lost update
/// SET meta.version = meta.version + 1
/// CALL (meta) { UNWIND $audit … CREATE (:AuditEntry   the write's audit entry, under the new version (unique:
///   {version: meta.version, …}) }                     an entry already there fails the whole statement)
/// CALL () { UNWIND $removed … DELETE r }              one unit subquery per kind of change, in GraphWrite's order;
/// CALL () { UNWIND $deleted … DETACH DELETE n }       an absent list runs zero times
/// CALL () { UNWIND $entities.Organisation … }         labels and types come from the enums, never from input
/// CALL () { UNWIND $relationships.PARTNERS_WITH … }
/// RETURN meta.version AS version                      no row = someone else moved the version: a conflict
/// </code>
/// The text is fixed (every label and type always present) so the statement is cached by the server and linted once.
/// </summary>
/// <remarks>
/// Locking before reading follows Neo4j's Operations Manual, "Concurrent data access: lost updates": a property read
/// before the node's write lock is taken may be stale under read-committed isolation, so the lock is taken by a
/// write (<c>SET meta.lock = true</c>) and only then is the version compared. Unit subqueries with an empty scope
/// clause (<c>CALL () { }</c>) need Neo4j 5.23+; the adapter targets 5.26 LTS and 2025.x.
/// </remarks>
internal static class WriteStatements
{
    private const string Head =
        "MERGE (meta:GraphMeta {id: 'graph'}) ON CREATE SET meta.version = 0\n" +
        "SET meta.lock = true\n" +
        "WITH meta WHERE meta.version = $expectedVersion\n" +
        "SET meta.version = meta.version + 1";

    /// <summary>
    /// The audit entry of the write, created under the version just taken. <c>$audit</c> holds one entry, or none for
    /// a write without one; the entry only ever comes from a write, and no statement of the adapter changes it later.
    /// </summary>
    private const string AppendAudit =
        "CALL (meta) { UNWIND $audit AS audit " +
        "CREATE (:AuditEntry {version: meta.version, at: audit.at, actor: audit.actor, operation: audit.operation, changes: audit.changes}) }";

    /// <summary>
    /// Version check and bump with the audit entry: the first statement of a batched write's explicit transaction, so
    /// the entry commits with the batches that follow or not at all.
    /// </summary>
    public const string CheckVersionAndAudit = Head + "\nWITH meta\n" + AppendAudit + "\nRETURN meta.version AS version";

    /// <summary>The whole write, with its audit entry, in one statement.</summary>
    public static string SingleStatement { get; } =
        Head + "\nWITH meta\n" + AppendAudit + "\n" + Changes() + "\nRETURN meta.version AS version";

    /// <summary>One batch of a large write, run inside the explicit transaction opened by <see cref="CheckVersionAndAudit"/>.</summary>
    public static string Batch { get; } = Changes() + "\nRETURN count(*) AS batches";

    private static string Changes()
    {
        var text = new StringBuilder();
        text.Append("CALL () { UNWIND $removed AS row ")
            .Append("MATCH (:Entity {key: row.from})-[r]->(:Entity {key: row.to}) WHERE type(r) = row.type DELETE r }\n");
        text.Append("CALL () { UNWIND $deleted AS key MATCH (n:Entity {key: key}) DETACH DELETE n }\n");
        foreach (var label in Enum.GetValues<EntityLabel>())
        {
            var name = CypherNames.Label(label);
            text.Append("CALL () { UNWIND $entities.").Append(name).Append(" AS row ")
                .Append("MERGE (n:Entity {key: row.key}) SET n = row.props SET n:").Append(name).Append(" }\n");
        }

        foreach (var type in Enum.GetValues<RelationshipType>())
        {
            var name = CypherNames.RelationshipTypeName(type);
            text.Append("CALL () { UNWIND $relationships.").Append(name).Append(" AS row ")
                .Append("MATCH (a:Entity {key: row.from}) MATCH (b:Entity {key: row.to}) ")
                .Append("MERGE (a)-[r:").Append(name).Append("]->(b) SET r = row.props }\n");
        }

        return text.ToString().TrimEnd('\n');
    }
}
