using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Sqlite;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>
/// The graph version is read on a few connections the store keeps open (the response cache reads it for every query): it
/// must still see every committed write at once, its own and another process's, count as one round trip, and reuse its
/// connections rather than open one per read, however many requests read at once.
/// </summary>
public sealed class SqliteVersionReadTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_Version_Should_Follow_Writes_Made_Through_Another_Store_On_The_Same_File()
    {
        using var reader = await _database.OpenAsync();
        using var writer = await _database.OpenAsync();
        var before = await reader.GetVersionAsync(default);

        await writer.ApplyAsync(new GraphWrite([], [], [new Organisation("org-a", "A", OrganisationKind.Ngo)], []), before, default);
        var afterOne = await reader.GetVersionAsync(default);
        await writer.ApplyAsync(new GraphWrite([], [], [new Organisation("org-b", "B", OrganisationKind.Ngo)], []), afterOne, default);

        Assert.Equal(before + 1, afterOne);
        Assert.Equal(before + 2, await reader.GetVersionAsync(default));
    }

    [Fact]
    public async Task A_Version_Read_Should_Be_One_Round_Trip()
    {
        using var store = await _database.OpenAsync();
        await store.GetVersionAsync(default);
        var before = store.StoreCallCount;

        await store.GetVersionAsync(default);
        await store.GetVersionAsync(default);

        Assert.Equal(2, store.StoreCallCount - before);
    }

    [Fact]
    public async Task Reading_The_Version_Of_A_Disposed_Store_Should_Fail_Cleanly()
    {
        var store = await _database.OpenAsync();
        await store.GetVersionAsync(default);
        store.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.GetVersionAsync(default));
    }

    [Fact]
    public async Task Reads_One_After_Another_Should_Reuse_One_Kept_Open_Connection()
    {
        using var store = await _database.OpenAsync();
        using var reader = new SqliteVersionReader(new SqliteConnector(new SqliteStoreOptions { Path = _database.PathOf() }));

        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(await store.GetVersionAsync(default), await reader.ReadAsync(default));
        }

        Assert.Equal(1, reader.ConnectionsOpened);
    }

    [Fact]
    public async Task Concurrent_Reads_Should_All_See_The_Committed_Version_And_Keep_Few_Connections()
    {
        using var writer = await _database.OpenAsync();
        using var reader = new SqliteVersionReader(new SqliteConnector(new SqliteStoreOptions { Path = _database.PathOf() }));
        var version = await writer.ApplyAsync(new GraphWrite([], [], [new Organisation("org-a", "A", OrganisationKind.Ngo)], []), await writer.GetVersionAsync(default), default);

        var reads = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => reader.ReadAsync(default))));
        var opened = reader.ConnectionsOpened;
        for (var i = 0; i < 20; i++)
        {
            await reader.ReadAsync(default);
        }

        Assert.All(reads, read => Assert.Equal(version, read));
        Assert.InRange(opened, 1, 64);
        Assert.Equal(opened, reader.ConnectionsOpened);
    }

    [Fact]
    public async Task A_Version_Read_Before_The_Schema_Exists_Should_Fail_As_Unavailable_And_Succeed_Once_It_Does()
    {
        var path = _database.PathOf("late.db");
        using var reader = new SqliteVersionReader(new SqliteConnector(new SqliteStoreOptions { Path = path }));

        var fault = await Assert.ThrowsAsync<RareGraphException>(() => reader.ReadAsync(default));
        using var store = await _database.OpenAsync("late.db");

        Assert.Equal(ErrorCodes.Unavailable, fault.Code);
        Assert.Equal(await store.GetVersionAsync(default), await reader.ReadAsync(default));
    }
}
