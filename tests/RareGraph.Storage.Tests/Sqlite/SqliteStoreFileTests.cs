using Microsoft.Data.Sqlite;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Sqlite;
using RareGraph.Storage.Tests.Contract;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>What only a file-backed store has: a folder to create, migrations, WAL, and data that outlives the process.</summary>
public sealed class SqliteStoreFileTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Store_Should_Create_The_Missing_Folder_Of_Its_File()
    {
        await _database.OpenAsync();

        Assert.True(File.Exists(_database.PathOf()));
    }

    [Fact]
    public async Task Reopening_Should_Keep_Data_And_Version_And_Leave_The_Schema_Alone()
    {
        var first = await _database.OpenAsync();
        await first.ApplyAsync(new GraphWrite([], [], SampleGraph.Entities.ToList(), SampleGraph.Relationships.ToList()), 0, default);

        var second = await _database.OpenAsync();
        await second.InitializeAsync(default);
        await second.InitializeAsync(default);

        Assert.Equal(1, await second.GetVersionAsync(default));
        Assert.Equal(SampleGraph.Entities.Count, await CountAsync(second.ScanEntitiesAsync(default)));
        Assert.Equal(SampleGraph.Relationships.Count, await CountAsync(second.ScanRelationshipsAsync(default)));
        Assert.Equal(SchemaMigrations.Latest, await ScalarAsync<long>("PRAGMA user_version"));
    }

    [Fact]
    public async Task Initialising_Concurrently_Should_Migrate_Once()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => new SqliteGraphStore(new SqliteStoreOptions { Path = _database.PathOf() })).ToList();

        await Task.WhenAll(stores.Select(s => Task.Run(() => s.InitializeAsync(default))));

        Assert.Equal(0, await stores[0].GetVersionAsync(default));
        Assert.Equal(SchemaMigrations.Latest, await ScalarAsync<long>("PRAGMA user_version"));
    }

    [Fact]
    public async Task Opening_A_File_From_Before_Entity_Provenance_Should_Fill_The_New_Columns_From_The_Records()
    {
        var store = await _database.OpenAsync();
        await store.ApplyAsync(new GraphWrite([], [], SampleGraph.Entities.ToList(), []), 0, default);
        // Back to the file as the previous schema left it: no provenance columns, and records without the new members.
        await ExecuteAsync(
            $"""
            {SqliteFoldedNamesTests.RevertFoldedNames}
            DROP INDEX entities_label_polarity;
            ALTER TABLE entities DROP COLUMN source;
            ALTER TABLE entities DROP COLUMN confidence;
            ALTER TABLE entities DROP COLUMN valid_from;
            ALTER TABLE entities DROP COLUMN valid_to;
            ALTER TABLE entities DROP COLUMN polarity;
            UPDATE entities SET data = json_remove(data, '$.Polarity') WHERE key = 't-law';
            PRAGMA user_version = {SchemaMigrations.EntityProvenanceVersion - 1};
            """);

        // A pooled connection of the first store would still hold the schema it read before the edit; a server starting
        // on an old file has no such connection.
        SqliteConnection.ClearAllPools();
        var reopened = await _database.OpenAsync();

        Assert.Equal(SchemaMigrations.Latest, await ScalarAsync<long>("PRAGMA user_version"));
        Assert.Equal(4, await reopened.CountEntitiesAsync(EntityLabel.Organisation, Field(EntityField.Confidence, FilterOperator.GreaterThanOrEqual, 0.6), default));
        Assert.Equal(1, await reopened.CountEntitiesAsync(EntityLabel.Organisation, Field(EntityField.Source, FilterOperator.Equals, "illustrative"), default));
        Assert.Equal(1, await reopened.CountEntitiesAsync(EntityLabel.Threat, Field(EntityField.Polarity, FilterOperator.Equals, "Protective"), default));
        Assert.Equal(3, await reopened.CountEntitiesAsync(EntityLabel.Threat, Field(EntityField.Polarity, FilterOperator.Equals, "Restrictive"), default));
        var law = Assert.IsType<Threat>(Assert.Single(await reopened.GetEntitiesAsync(["t-law"], default)));
        Assert.Equal(EventPolarity.Restrictive, law.Polarity);
    }

    [Fact]
    public async Task Database_Should_Be_In_Write_Ahead_Log_Mode()
    {
        await _database.OpenAsync();

        Assert.Equal("wal", await ScalarAsync<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Filter_Values_Should_Travel_As_Parameters_Not_As_Sql()
    {
        var store = await _database.OpenAsync();
        await store.ApplyAsync(new GraphWrite([], [], SampleGraph.Entities.ToList(), []), 0, default);
        var hostile = new Domain.Querying.FieldFilter(Domain.Querying.EntityField.Name, Domain.Querying.FilterOperator.Equals, ["x' OR 1=1 --"]);

        Assert.Equal(0, await store.CountEntitiesAsync(EntityLabel.Organisation, hostile, default));
        Assert.Equal(5, await store.CountEntitiesAsync(EntityLabel.Organisation, null, default));
    }

    private static async Task<int> CountAsync<T>(IAsyncEnumerable<T> items)
    {
        var count = 0;
        await foreach (var _ in items)
        {
            count++;
        }

        return count;
    }

    private static FieldFilter Field(EntityField field, FilterOperator op, object value) => new(field, op, [value]);

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.PathOf()};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.PathOf()};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
