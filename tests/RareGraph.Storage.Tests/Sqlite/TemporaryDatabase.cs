using Microsoft.Data.Sqlite;
using RareGraph.Storage.Sqlite;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>A directory of its own under the system temp folder, removed with everything in it when disposed.</summary>
public sealed class TemporaryDatabase : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "raregraph-tests", Guid.NewGuid().ToString("N"));
    private readonly List<SqliteGraphStore> _stores = [];

    /// <summary>A database path inside a folder that does not exist yet, so the store must create it.</summary>
    public string PathOf(string name = "graph.db") => Path.Combine(_directory, "nested", name);

    public async Task<SqliteGraphStore> OpenAsync(string name = "graph.db", TimeSpan? busyTimeout = null)
    {
        var options = new SqliteStoreOptions { Path = PathOf(name) };
        if (busyTimeout is { } timeout)
        {
            options.BusyTimeout = timeout;
        }

        var store = new SqliteGraphStore(options);
        _stores.Add(store);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    public void Dispose()
    {
        // A committed bulk import is checkpointed in the background: deleting the files under it could fail.
        foreach (var store in _stores)
        {
            store.WhenCheckpointedAsync().GetAwaiter().GetResult();
        }

        // Pooled connections keep the files open; release them before deleting.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
