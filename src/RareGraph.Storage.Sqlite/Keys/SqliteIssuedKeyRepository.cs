using System.Globalization;
using Microsoft.Data.Sqlite;
using RareGraph.Domain.Auditing;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Sqlite.Auditing;

namespace RareGraph.Storage.Sqlite.Keys;

/// <summary>
/// Issued API keys in the <c>api_keys</c> table of the graph's own SQLite file. A change that happens records its audit
/// entry in the same transaction, under the next graph version.
/// </summary>
internal sealed class SqliteIssuedKeyRepository(SqliteConnector connector) : IIssuedKeyRepository
{
    private const string Columns = "id, hash, role, issued_at, issued_by, revoked_at, revoked_by";

    public Task<bool> AddAsync(IssuedKey key, AuditRecord? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ExecuteAsync(
            $"INSERT INTO api_keys ({Columns}) VALUES ($id, $hash, $role, $issued_at, $issued_by, NULL, NULL) ON CONFLICT (id) DO NOTHING",
            command =>
            {
                command.Parameters.AddWithValue("$id", key.Id);
                command.Parameters.AddWithValue("$hash", key.Hash);
                command.Parameters.AddWithValue("$role", key.Role);
                command.Parameters.AddWithValue("$issued_at", Format(key.IssuedAt));
                command.Parameters.AddWithValue("$issued_by", key.IssuedBy);
            },
            audit,
            cancellationToken);
    }

    public async Task<IssuedKey?> FindByHashAsync(string hash, CancellationToken cancellationToken)
    {
        var keys = await connector.QueryAsync(
            select =>
            {
                select.CommandText = $"SELECT {Columns} FROM api_keys WHERE hash = $hash";
                select.Parameters.AddWithValue("$hash", hash);
            },
            Read,
            cancellationToken);
        return keys.Count == 0 ? null : keys[0];
    }

    public Task<IReadOnlyList<IssuedKey>> ListAsync(CancellationToken cancellationToken) =>
        connector.QueryAsync(select => select.CommandText = $"SELECT {Columns} FROM api_keys ORDER BY id", Read, cancellationToken);

    public Task<bool> RevokeAsync(string id, DateTimeOffset at, string revokedBy, AuditRecord? audit, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE api_keys SET revoked_at = $at, revoked_by = $by WHERE id = $id AND revoked_at IS NULL",
            command =>
            {
                command.Parameters.AddWithValue("$id", id);
                command.Parameters.AddWithValue("$at", Format(at));
                command.Parameters.AddWithValue("$by", revokedBy);
            },
            audit,
            cancellationToken);

    private static IssuedKey Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        Parse(reader.GetString(3)),
        reader.GetString(4),
        reader.IsDBNull(5) ? null : Parse(reader.GetString(5)),
        reader.IsDBNull(6) ? null : reader.GetString(6));

    private static string Format(DateTimeOffset moment) => moment.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>
    /// Runs one statement in an immediate transaction; when it changed exactly one row, moves the graph version on and
    /// records <paramref name="audit"/> under it before committing. True when the row changed.
    /// </summary>
    private Task<bool> ExecuteAsync(string sql, Action<SqliteCommand> bind, AuditRecord? audit, CancellationToken cancellationToken) =>
        StoreFaults.GuardAsync(async () =>
        {
            await using var connection = await connector.OpenAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            bind(command);
            if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                return false;
            }

            if (audit is not null)
            {
                await using var bump = connection.CreateCommand();
                bump.Transaction = transaction;
                bump.CommandText = "UPDATE graph_meta SET version = version + 1 WHERE id = 1 RETURNING version";
                var version = (long)(await bump.ExecuteScalarAsync(cancellationToken))!;
                await AuditAppend.AppendAsync(connection, transaction, version, audit, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        });
}
