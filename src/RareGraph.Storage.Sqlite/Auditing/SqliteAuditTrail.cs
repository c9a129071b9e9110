using System.Globalization;
using Microsoft.Data.Sqlite;
using RareGraph.Domain.Auditing;

namespace RareGraph.Storage.Sqlite.Auditing;

/// <summary>
/// The audit trail in the graph's own SQLite file: one row per graph version, the changes as JSON, written only by
/// <see cref="SqliteGraphStore.ApplyAsync"/> inside the write's transaction (<see cref="AuditAppend"/>). Triggers
/// refuse UPDATE and DELETE, so the table is append-only even to code that bypasses this class.
/// </summary>
internal sealed class SqliteAuditTrail(SqliteConnector connector) : IAuditTrail
{
    private const string Matching = "($actor IS NULL OR actor = $actor) AND ($operation IS NULL OR operation = $operation)";

    public Task<IReadOnlyList<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return connector.QueryAsync(
            select =>
            {
                select.CommandText = $"""
                    SELECT version, at, actor, operation, changes FROM audit_entries
                    WHERE ($before IS NULL OR version < $before) AND {Matching}
                    ORDER BY version DESC LIMIT $limit
                    """;
                select.Parameters.AddWithValue("$before", (object?)query.BeforeVersion ?? DBNull.Value);
                Filter(select, query.Actor, query.Operation);
                select.Parameters.AddWithValue("$limit", Math.Max(0, query.First));
            },
            reader => new AuditEntry(
                reader.GetInt64(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                reader.GetString(2),
                reader.GetString(3),
                StoredChanges.Deserialize(reader.GetString(4))),
            cancellationToken);
    }

    public async Task<long> CountAsync(string? actor, string? operation, CancellationToken cancellationToken)
    {
        var counts = await connector.QueryAsync(
            count =>
            {
                count.CommandText = $"SELECT COUNT(*) FROM audit_entries WHERE {Matching}";
                Filter(count, actor, operation);
            },
            reader => reader.GetInt64(0),
            cancellationToken);
        return counts[0];
    }

    private static void Filter(SqliteCommand command, string? actor, string? operation)
    {
        command.Parameters.AddWithValue("$actor", (object?)actor ?? DBNull.Value);
        command.Parameters.AddWithValue("$operation", (object?)operation ?? DBNull.Value);
    }
}
