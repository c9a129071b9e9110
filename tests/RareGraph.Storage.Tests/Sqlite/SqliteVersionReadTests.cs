using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>
/// The graph version is read on a connection the store keeps open (the response cache reads it for every query): it must
/// still see every committed write at once, its own and another process's, and count as one round trip.
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
}
