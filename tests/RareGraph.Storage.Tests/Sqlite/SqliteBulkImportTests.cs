using Microsoft.Data.Sqlite;
using RareGraph.Domain.Auditing;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Sqlite;
using RareGraph.Storage.Tests.Contract;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>
/// How the SQLite bulk import gets its speed without changing what it leaves behind: into an empty graph it sets the
/// secondary indexes aside and builds them again inside its one transaction, and its connection's larger page cache
/// does not follow the connection back into the pool.
/// </summary>
public sealed class SqliteBulkImportTests : IDisposable
{
    private static readonly AuditRecord Audit = new("importer", "import", DateTimeOffset.UnixEpoch, []);
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_Bulk_Import_Into_An_Empty_Graph_Should_Leave_Every_Index_As_The_Schema_Defines_It()
    {
        var store = await _database.OpenAsync();
        var before = await IndexesAsync();

        await using (var import = await store.BeginImportAsync(CancellationToken.None))
        {
            await import.UpsertEntitiesAsync(SampleGraph.Entities, CancellationToken.None);
            await import.UpsertRelationshipsAsync(SampleGraph.Relationships, CancellationToken.None);
            await import.CommitAsync(Audit, CancellationToken.None);
        }

        Assert.Equal(before, await IndexesAsync());
        Assert.Equal("ok", await ScalarAsync<string>("PRAGMA integrity_check"));
        var listed = await store.ListEntitiesAsync(new EntityQuery(EntityLabel.Organisation, null, [new SortSpec(EntityField.Name)], null, false, 100), CancellationToken.None);
        Assert.Equal(SampleGraph.Entities.OfType<Organisation>().Select(o => o.Name).Order(Comparer<string>.Create(TextFolding.Compare)), listed.Select(o => o.Name));
    }

    [Fact]
    public async Task A_Bulk_Import_Into_An_Empty_Graph_Given_Up_Should_Keep_Every_Index()
    {
        var store = await _database.OpenAsync();
        var before = await IndexesAsync();

        await using (var import = await store.BeginImportAsync(CancellationToken.None))
        {
            await import.UpsertEntitiesAsync(SampleGraph.Entities, CancellationToken.None);
        }

        Assert.Equal(before, await IndexesAsync());
        Assert.Equal(0, await store.CountEntitiesAsync(EntityLabel.Organisation, null, CancellationToken.None));
    }

    [Fact]
    public async Task A_Bulk_Import_Into_A_Graph_With_Rows_Should_Keep_Its_Indexes_Throughout()
    {
        var store = await _database.OpenAsync();
        await store.ApplyAsync(new GraphWrite([], [], SampleGraph.Entities.ToList(), []), 0, CancellationToken.None);
        var before = await IndexesAsync();

        await using (var import = await store.BeginImportAsync(CancellationToken.None))
        {
            await import.UpsertRelationshipsAsync(SampleGraph.Relationships, CancellationToken.None);
            await import.CommitAsync(Audit, CancellationToken.None);
        }

        Assert.Equal(before, await IndexesAsync());
    }

    [Fact]
    public async Task Setting_Indexes_Aside_Should_Drop_Every_Secondary_Index_Of_An_Empty_Graph_Until_They_Are_Rebuilt()
    {
        await _database.OpenAsync();
        var before = await IndexesAsync();
        await using var connection = await new SqliteConnector(new SqliteStoreOptions { Path = _database.PathOf() }).OpenAsync(CancellationToken.None);
        await using var transaction = connection.BeginTransaction(deferred: false);

        var indexes = await DeferredIndexes.SetAsideIfEmptyAsync(connection, transaction, CancellationToken.None);
        var during = await IndexesAsync(connection, transaction);
        await indexes.RebuildAsync(connection, transaction, CancellationToken.None);

        Assert.Equal(before.Count(i => !i.StartsWith("audit_", StringComparison.Ordinal)), indexes.Count);
        Assert.All(during, index => Assert.StartsWith("audit_", index, StringComparison.Ordinal));
        Assert.Equal(before, await IndexesAsync(connection, transaction));
    }

    [Fact]
    public async Task Setting_Indexes_Aside_Should_Change_Nothing_When_The_Graph_Has_Rows()
    {
        var store = await _database.OpenAsync();
        await store.ApplyAsync(new GraphWrite([], [], [SampleGraph.Entities[0]], []), 0, CancellationToken.None);
        var before = await IndexesAsync();
        await using var connection = await new SqliteConnector(new SqliteStoreOptions { Path = _database.PathOf() }).OpenAsync(CancellationToken.None);
        await using var transaction = connection.BeginTransaction(deferred: false);

        var indexes = await DeferredIndexes.SetAsideIfEmptyAsync(connection, transaction, CancellationToken.None);

        Assert.Equal(0, indexes.Count);
        Assert.Equal(before, await IndexesAsync(connection, transaction));
    }

    [Fact]
    public async Task A_Bulk_Import_Should_Give_Its_Connection_Back_To_The_Pool_With_The_Usual_Settings()
    {
        var store = await _database.OpenAsync();
        var connector = new SqliteConnector(new SqliteStoreOptions { Path = _database.PathOf() });
        var usual = await SettingsAsync(connector);

        await using (var import = await store.BeginImportAsync(CancellationToken.None))
        {
            await import.UpsertEntitiesAsync(SampleGraph.Entities, CancellationToken.None);
            await import.CommitAsync(Audit, CancellationToken.None);
        }

        // One connection at a time was ever open, so the pool hands back the very one the import used.
        Assert.Equal(usual, await SettingsAsync(connector));
    }

    [Fact]
    public async Task A_Bulk_Import_Connection_Should_Commit_Without_Waiting_For_The_Disk_Until_Its_Settings_Are_Restored()
    {
        await _database.OpenAsync();
        await using var connection = await new SqliteConnector(new SqliteStoreOptions { Path = _database.PathOf() }).OpenAsync(CancellationToken.None);
        var usual = await SettingsAsync(connection);

        var settings = await BulkLoadSettings.ApplyAsync(connection, CancellationToken.None);
        var during = await SettingsAsync(connection);
        await settings.RestoreAsync(connection);

        Assert.Equal((-BulkLoadSettings.CacheKiB, 1L, (long)BulkLoadSettings.Synchronous, 0L), during);
        Assert.NotEqual(usual.Synchronous, during.Synchronous);
        Assert.Equal(usual, await SettingsAsync(connection));
    }

    [Fact]
    public async Task A_Committed_Bulk_Import_Should_Be_Copied_Into_The_Database_File_Once_It_Has_Answered()
    {
        var store = await _database.OpenAsync();
        await using (var import = await store.BeginImportAsync(CancellationToken.None))
        {
            await import.UpsertEntitiesAsync(SampleGraph.Entities, CancellationToken.None);
            await import.UpsertRelationshipsAsync(SampleGraph.Relationships, CancellationToken.None);
            await import.CommitAsync(Audit, CancellationToken.None);
        }

        await store.WhenCheckpointedAsync();

        // The database file alone, without its write-ahead log, holds the import: the checkpoint copied it there.
        var copy = _database.PathOf("copy.db");
        File.Copy(_database.PathOf(), copy);
        await using var connection = new SqliteConnection($"Data Source={copy};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM entities), (SELECT count(*) FROM relationships)";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal((SampleGraph.Entities.Count, SampleGraph.Relationships.Count), (reader.GetInt32(0), reader.GetInt32(1)));
    }

    private static async Task<(long CacheSize, long TempStore, long Synchronous, long AutoCheckpoint)> SettingsAsync(SqliteConnector connector)
    {
        await using var connection = await connector.OpenAsync(CancellationToken.None);
        return await SettingsAsync(connection);
    }

    private static async Task<(long CacheSize, long TempStore, long Synchronous, long AutoCheckpoint)> SettingsAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT cache_size FROM pragma_cache_size), (SELECT temp_store FROM pragma_temp_store), (SELECT synchronous FROM pragma_synchronous)";
        long cacheSize, tempStore, synchronous;
        await using (var reader = await command.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            (cacheSize, tempStore, synchronous) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }

        // wal_autocheckpoint has no table-valued form.
        command.CommandText = "PRAGMA wal_autocheckpoint";
        return (cacheSize, tempStore, synchronous, (long)(await command.ExecuteScalarAsync())!);
    }

    /// <summary>Every index <c>sqlite_master</c> defines (name and SQL), as a fresh connection sees the file.</summary>
    private async Task<IReadOnlyList<string>> IndexesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_database.PathOf()};Pooling=False");
        await connection.OpenAsync();
        return await IndexesAsync(connection, null);
    }

    /// <summary>Every index as <paramref name="transaction"/> sees it, uncommitted changes included.</summary>
    private static async Task<IReadOnlyList<string>> IndexesAsync(SqliteConnection connection, SqliteTransaction? transaction)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync();
        var indexes = new List<string>();
        while (await reader.ReadAsync())
        {
            indexes.Add(reader.GetString(0));
        }

        return indexes;
    }

    /// <summary>A scalar read through the store's own connection set-up: the integrity check needs the name collation.</summary>
    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await new SqliteConnector(new SqliteStoreOptions { Path = _database.PathOf() }).OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
