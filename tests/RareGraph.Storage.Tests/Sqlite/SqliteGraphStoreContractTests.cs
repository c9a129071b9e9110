using RareGraph.Domain.Storage;
using RareGraph.Storage.Tests.Contract;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>The store contract run against SQLite, each test on a fresh database file of its own.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContract, IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private int _opened;

    protected override async Task<IGraphStore> CreateEmptyStoreAsync() =>
        await _database.OpenAsync($"graph{Interlocked.Increment(ref _opened)}.db");

    public void Dispose() => _database.Dispose();
}
