using RareGraph.Domain.Auditing;
using RareGraph.Storage.Neo4j.Cypher;
using RareGraph.Storage.Neo4j.Mapping;
using RareGraph.Storage.Neo4j.Wire;

namespace RareGraph.Storage.Neo4j.Auditing;

/// <summary>
/// The audit trail as <c>:AuditEntry</c> nodes in the graph's own database, written by the store's write statement
/// (<see cref="WriteStatements"/>) in the write's transaction and read here in read mode, with the store's bookmarks:
/// a write's entry is visible to the next read even on a cluster.
/// </summary>
/// <remarks>
/// Nothing in the adapter changes or deletes an entry, but Neo4j Community has no way to forbid it underneath: on
/// Enterprise, deny the application's user SET/REMOVE/DELETE on <c>AuditEntry</c> (see docs/neo4j.md).
/// </remarks>
internal sealed class Neo4jAuditTrail(QueryApiClient client) : IAuditTrail
{
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = Filter(query.Actor, query.Operation);
        parameters["before"] = query.BeforeVersion;
        parameters["limit"] = (long)Math.Max(0, query.First);
        var response = await client.RunAsync(CypherRequest.Read(AuditStatements.List, parameters), cancellationToken);
        return [.. response.Rows.Select(row => ToEntry(response.Fields, row))];
    }

    public async Task<long> CountAsync(string? actor, string? operation, CancellationToken cancellationToken)
    {
        var response = await client.RunAsync(CypherRequest.Read(AuditStatements.Count, Filter(actor, operation)), cancellationToken);
        return response.Rows.Count == 0 ? 0 : new PropertyBag(Columns(response.Fields, response.Rows[0])).Long("total");
    }

    private static Dictionary<string, object?> Filter(string? actor, string? operation) =>
        new(StringComparer.Ordinal) { ["actor"] = actor, ["operation"] = operation };

    private static AuditEntry ToEntry(IReadOnlyList<string> fields, IReadOnlyList<object?> row)
    {
        var entry = new PropertyBag(Columns(fields, row));
        return new AuditEntry(
            entry.Long("version"),
            entry.Moment("at"),
            entry.String("actor"),
            entry.String("operation"),
            StoredChanges.Deserialize(entry.String("changes")));
    }

    private static Dictionary<string, object?> Columns(IReadOnlyList<string> fields, IReadOnlyList<object?> row) =>
        fields.Select((field, i) => (field, value: row[i])).ToDictionary(c => c.field, c => c.value, StringComparer.Ordinal);
}
