using System.Globalization;
using Microsoft.Data.Sqlite;
using RareGraph.Domain.Auditing;
using RareGraph.Domain.Storage;

namespace RareGraph.Storage.Sqlite.Auditing;

/// <summary>Appends a write's audit entry inside the write's own transaction.</summary>
internal static class AuditAppend
{
    /// <summary>
    /// Inserts <paramref name="audit"/> as the entry of <paramref name="version"/>. A plain INSERT, not INSERT OR IGNORE:
    /// a version already recorded must fail the write, or the trail would silently miss this one.
    /// </summary>
    /// <exception cref="Domain.Errors.RareGraphException">The entry was refused; the caller's transaction must roll back.</exception>
    public static async Task AppendAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        long version,
        AuditRecord audit,
        CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO audit_entries (version, at, actor, operation, changes) VALUES ($version, $at, $actor, $operation, $changes)";
        insert.Parameters.AddWithValue("$version", version);
        insert.Parameters.AddWithValue("$at", audit.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$actor", audit.Actor);
        insert.Parameters.AddWithValue("$operation", audit.Operation);
        insert.Parameters.AddWithValue("$changes", StoredChanges.Serialize(audit.Changes));
        try
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException refused)
        {
            throw AuditFaults.NotRecorded(refused);
        }
    }
}
