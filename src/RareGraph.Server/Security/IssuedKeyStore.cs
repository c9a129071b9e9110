using System.Globalization;
using Microsoft.Data.Sqlite;
using RareGraph.Domain.Errors;
using RareGraph.GraphQL.Security;
using RareGraph.Storage.Sqlite;

namespace RareGraph.Server.Security;

/// <summary>
/// Keys issued at run time, as hashes in a SQLite table beside the audit trail, with who issued and revoked them.
/// Configured keys stay in configuration: this store only adds keys and revokes its own.
/// </summary>
internal sealed class IssuedKeyStore : IApiKeyManager
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS api_keys (
            id         TEXT PRIMARY KEY NOT NULL,
            hash       TEXT NOT NULL UNIQUE,
            role       TEXT NOT NULL,
            issued_at  TEXT NOT NULL,
            issued_by  TEXT NOT NULL,
            revoked_at TEXT,
            revoked_by TEXT
        );
        """;

    private readonly SqliteSideTable _table;
    private readonly SecurityOptions _options;
    private readonly TimeProvider _time;

    public IssuedKeyStore(string path, SecurityOptions options, TimeProvider time)
    {
        _table = new SqliteSideTable(path, Schema);
        _options = options;
        _time = time;
    }

    /// <summary>The role of the unrevoked issued key whose secret is <paramref name="secret"/>, or null.</summary>
    public (string Id, string Role)? Find(string secret)
    {
        using var connection = Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT id, role FROM api_keys WHERE hash = $hash AND revoked_at IS NULL";
        select.Parameters.AddWithValue("$hash", ApiKeySecrets.Hash(secret));
        using var reader = select.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    public Task<IssuedApiKey> IssueAsync(string id, string role, string issuedBy, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw RareGraphException.Validation("id", "A key id is 1-64 letters, digits, '-', '_' or '.'.");
        }

        if (!RareGraphRoles.IsAssignable(role))
        {
            throw RareGraphException.Validation("role", $"The role must be one of {string.Join(", ", RareGraphRoles.Assignable)}.");
        }

        if (_options.ApiKeys.Any(k => k.Id == id))
        {
            throw RareGraphException.Conflict("id", $"A configured key already has the id '{id}'.");
        }

        var secret = ApiKeySecrets.Generate();
        try
        {
            Execute(
                "INSERT INTO api_keys (id, hash, role, issued_at, issued_by) VALUES ($id, $hash, $role, $at, $by)",
                c =>
                {
                    c.Parameters.AddWithValue("$id", id);
                    c.Parameters.AddWithValue("$hash", ApiKeySecrets.Hash(secret));
                    c.Parameters.AddWithValue("$role", role);
                    c.Parameters.AddWithValue("$at", Now());
                    c.Parameters.AddWithValue("$by", issuedBy);
                });
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            throw RareGraphException.Conflict("id", $"A key with the id '{id}' was already issued.");
        }

        return Task.FromResult(new IssuedApiKey(id, role, secret));
    }

    public Task<bool> RevokeAsync(string id, string revokedBy, CancellationToken cancellationToken)
    {
        var changed = Execute(
            "UPDATE api_keys SET revoked_at = $at, revoked_by = $by WHERE id = $id AND revoked_at IS NULL",
            c =>
            {
                c.Parameters.AddWithValue("$id", id);
                c.Parameters.AddWithValue("$at", Now());
                c.Parameters.AddWithValue("$by", revokedBy);
            });
        return Task.FromResult(changed == 1);
    }

    public Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken)
    {
        var keys = _options.ApiKeys.Select(k => new ApiKeyInfo(k.Id, k.Role, "CONFIGURATION", null, null, null, null)).ToList();
        using var connection = Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT id, role, issued_at, issued_by, revoked_at, revoked_by FROM api_keys ORDER BY id";
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            keys.Add(new ApiKeyInfo(
                reader.GetString(0),
                reader.GetString(1),
                "ISSUED",
                Parse(reader.GetString(2)),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : Parse(reader.GetString(4)),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return Task.FromResult<IReadOnlyList<ApiKeyInfo>>(keys);
    }

    private string Now() => _time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private int Execute(string sql, Action<SqliteCommand> bind)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        return command.ExecuteNonQuery();
    }

    private SqliteConnection Open() => _table.Open();
}
