using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using RareGraph.Domain.Auditing;

namespace RareGraph.Storage.Sqlite.Auditing;

/// <summary>
/// The audit trail in a SQLite file (by default the graph's own): one row per graph version, the changes as JSON.
/// Triggers refuse UPDATE and DELETE, so the table is append-only even to code that bypasses this class.
/// </summary>
public sealed class SqliteAuditTrail : IAuditTrail
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS audit_entries (
            version   INTEGER PRIMARY KEY NOT NULL,
            at        TEXT NOT NULL,
            actor     TEXT NOT NULL,
            operation TEXT NOT NULL,
            changes   TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS audit_entries_actor ON audit_entries (actor, version);
        CREATE INDEX IF NOT EXISTS audit_entries_operation ON audit_entries (operation, version);
        CREATE TRIGGER IF NOT EXISTS audit_entries_no_update BEFORE UPDATE ON audit_entries
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS audit_entries_no_delete BEFORE DELETE ON audit_entries
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        """;

    private readonly SqliteSideTable _table;

    public SqliteAuditTrail(string path)
    {
        _table = new SqliteSideTable(path, Schema);
    }

    public void Append(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var connection = Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT OR IGNORE INTO audit_entries (version, at, actor, operation, changes) VALUES ($version, $at, $actor, $operation, $changes)";
        insert.Parameters.AddWithValue("$version", entry.Version);
        insert.Parameters.AddWithValue("$at", entry.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$actor", entry.Actor);
        insert.Parameters.AddWithValue("$operation", entry.Operation);
        insert.Parameters.AddWithValue("$changes", JsonSerializer.Serialize(entry.Changes.Select(AuditRow.FromChange).ToArray()));
        insert.ExecuteNonQuery();
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = Open();
        await using var select = connection.CreateCommand();
        select.CommandText = """
            SELECT version, at, actor, operation, changes FROM audit_entries
            WHERE ($before IS NULL OR version < $before) AND ($actor IS NULL OR actor = $actor) AND ($operation IS NULL OR operation = $operation)
            ORDER BY version DESC LIMIT $limit
            """;
        select.Parameters.AddWithValue("$before", (object?)query.BeforeVersion ?? DBNull.Value);
        select.Parameters.AddWithValue("$actor", (object?)query.Actor ?? DBNull.Value);
        select.Parameters.AddWithValue("$operation", (object?)query.Operation ?? DBNull.Value);
        select.Parameters.AddWithValue("$limit", Math.Max(0, query.First));
        var entries = new List<AuditEntry>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var rows = JsonSerializer.Deserialize<AuditRow[]>(reader.GetString(4)) ?? [];
            entries.Add(new AuditEntry(
                reader.GetInt64(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                reader.GetString(2),
                reader.GetString(3),
                rows.Select(r => r.ToChange()).ToList()));
        }

        return entries;
    }

    public async Task<long> CountAsync(string? actor, string? operation, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM audit_entries WHERE ($actor IS NULL OR actor = $actor) AND ($operation IS NULL OR operation = $operation)";
        count.Parameters.AddWithValue("$actor", (object?)actor ?? DBNull.Value);
        count.Parameters.AddWithValue("$operation", (object?)operation ?? DBNull.Value);
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private SqliteConnection Open() => _table.Open();
}
