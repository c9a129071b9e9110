using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Sqlite;
using RareGraph.Storage.Tests.Contract;
using RareGraph.Storage.Tests.Sqlite;

namespace RareGraph.Storage.Tests.Bugs;

/// <summary>
/// Regression (commit 632b3fb): <c>RareGraph:Sqlite:BusyTimeout</c> became SQLite's timeout in whole seconds rounded
/// down, so a sub-second setting meant zero, which SQLite takes as waiting for a lock forever. A writer now waits for a
/// lock another connection holds, for as long as the configured setting (rounded up to a whole second), and then
/// writes, or gives up as a transient UNAVAILABLE: never an immediate SQLITE_BUSY, never a hang. The store here is
/// made as the host makes it, from configuration, so the setting is proven to reach it.
/// </summary>
public sealed class SqliteBusyTimeoutTests : IDisposable
{
    private static readonly GraphWrite OneEntity = new([], [], SampleGraph.Entities.Take(1).ToList(), []);

    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task Writer_Should_Wait_For_A_Lock_Held_By_Another_Connection_Then_Write()
    {
        await using var services = Configure("00:01:00");
        var store = await OpenAsync(services);
        var opened = store.StoreCallCount;
        await using var other = new SqliteConnection($"Data Source={_database.PathOf()};Pooling=False");
        await other.OpenAsync();
        var lockHolder = other.BeginTransaction(deferred: false);

        // On a thread of its own: the store begins its transaction synchronously, so the wait would block this test.
        var write = Task.Run(() => store.ApplyAsync(OneEntity, 0, CancellationToken.None));
        await WaitUntilAsync(() => store.StoreCallCount > opened);
        await Task.WhenAny(write, Task.Delay(TimeSpan.FromMilliseconds(300)));

        // Still waiting for the lock: a writer that failed with SQLITE_BUSY would have finished, faulted, by now.
        Assert.False(write.IsCompleted, write.Exception?.ToString());
        lockHolder.Commit();
        lockHolder.Dispose();
        await write.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await store.GetVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Sub_Second_Busy_Timeout_Should_Give_Up_As_Unavailable_Instead_Of_Waiting_Forever()
    {
        await using var services = Configure("00:00:00.2");
        var store = await OpenAsync(services);
        await using var other = new SqliteConnection($"Data Source={_database.PathOf()};Pooling=False");
        await other.OpenAsync();
        await using var lockHolder = other.BeginTransaction(deferred: false);

        // The guard only turns a hang (the bug) into a failure; the setting gives up after about a second.
        var failure = await Assert.ThrowsAsync<RareGraphException>(() => store.ApplyAsync(OneEntity, 0, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1)));

        Assert.Equal(ErrorCodes.Unavailable, failure.Code);
        Assert.True(failure.IsTransient);
        Assert.Equal(0, await store.GetVersionAsync(CancellationToken.None));
    }

    public void Dispose() => _database.Dispose();

    private ServiceProvider Configure(string busyTimeout)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RareGraph:Sqlite:Path"] = _database.PathOf(),
            ["RareGraph:Sqlite:BusyTimeout"] = busyTimeout,
        }).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddRareGraphSqlite().BuildServiceProvider();
    }

    private static async Task<SqliteGraphStore> OpenAsync(ServiceProvider services)
    {
        var store = services.GetRequiredService<SqliteGraphStore>();
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
