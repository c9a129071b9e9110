using Microsoft.Data.Sqlite;
using RareGraph.Domain.Auditing;
using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>
/// The audit table inside the graph's SQLite file: append-only even to raw SQL, and entries and keys written by earlier
/// versions (side tables in the same file) survive the migration that moves the trail into the graph's schema.
/// </summary>
public sealed class SqliteAuditTableTests : IDisposable
{
    /// <summary>Exactly what the side tables of earlier versions created in the graph's file, on first use.</summary>
    private const string SideTablesOfEarlierVersions = """
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

    private readonly TemporaryDatabase _database = new();

    [Theory]
    [InlineData("UPDATE audit_entries SET actor = 'someone else'")]
    [InlineData("DELETE FROM audit_entries")]
    public async Task Rewriting_The_Trail_Should_Be_Refused_By_The_Table_Itself(string sql)
    {
        var store = await _database.OpenAsync();
        await store.ApplyAsync(new GraphWrite([], [], [new Jurisdiction("j-hu", "Hungary", "HU", JurisdictionKind.Country)], [], Audit("key:ops")), 0, default);

        var refused = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(sql));

        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        Assert.Equal("key:ops", Assert.Single(await store.AuditTrail.ListAsync(new AuditQuery(10), default)).Actor);
    }

    [Fact]
    public async Task Upgrade_Should_Keep_The_Entries_And_Keys_Of_The_Earlier_Side_Tables()
    {
        var store = await _database.OpenAsync();
        await store.ApplyAsync(new GraphWrite([], [], [new Jurisdiction("j-hu", "Hungary", "HU", JurisdictionKind.Country)], []), 0, default);
        // Back to what an earlier version left: the graph schema at step 1, and the side tables with their rows.
        await ExecuteAsync(SqliteFoldedNamesTests.RevertFoldedNames + """
            DROP TABLE audit_entries; DROP TABLE api_keys;
            DROP INDEX entities_label_polarity;
            ALTER TABLE entities DROP COLUMN source; ALTER TABLE entities DROP COLUMN confidence;
            ALTER TABLE entities DROP COLUMN valid_from; ALTER TABLE entities DROP COLUMN valid_to;
            ALTER TABLE entities DROP COLUMN polarity;
            PRAGMA user_version = 1;
            """);
        await ExecuteAsync(SideTablesOfEarlierVersions + """
            INSERT INTO audit_entries VALUES (1, '2025-06-01T10:00:00.0000000Z', 'key:ops', 'upsertJurisdiction',
                '[{"Subject":"Entity","Key":"j-hu","Before":null,"After":"{\"Key\":\"j-hu\"}"}]');
            INSERT INTO api_keys VALUES ('partner-1', 'sha256:aaaa', 'VIEWER', '2025-06-01T11:00:00.0000000Z', 'key:admin', NULL, NULL);
            """);

        await store.InitializeAsync(default);
        await store.ApplyAsync(new GraphWrite([], [], [new Jurisdiction("j-pl", "Poland", "PL", JurisdictionKind.Country)], [], Audit("key:new")), 1, default);

        var entries = await store.AuditTrail.ListAsync(new AuditQuery(10), default);
        Assert.Equal([(2L, "key:new"), (1L, "key:ops")], entries.Select(e => (e.Version, e.Actor)));
        Assert.Equal(new AuditedChange(AuditSubject.Entity, "j-hu", null, "{\"Key\":\"j-hu\"}"), Assert.Single(entries[1].Changes));
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.Zero), entries[1].At);
        Assert.Equal("partner-1", (await store.IssuedKeys.FindByHashAsync("sha256:aaaa", default))?.Id);
        await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync("DELETE FROM audit_entries"));
    }

    public void Dispose() => _database.Dispose();

    private static AuditRecord Audit(string actor) =>
        new(actor, "upsertJurisdiction", DateTimeOffset.UnixEpoch, [new AuditedChange(AuditSubject.Entity, "j", null, "{}")]);

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.PathOf()}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
