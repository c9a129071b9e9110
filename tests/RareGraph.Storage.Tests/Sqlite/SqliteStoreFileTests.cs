using Microsoft.Data.Sqlite;
using RareGraph.Domain.Model;
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

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.PathOf()};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
