using Microsoft.Data.Sqlite;
using RareGraph.Domain.Auditing;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Sqlite;
using RareGraph.Storage.Tests.Contract;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>The store contract run against SQLite, each test on a fresh database file of its own.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContract, IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private readonly Dictionary<IGraphStore, string> _paths = [];
    private int _opened;

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        var name = $"graph{Interlocked.Increment(ref _opened)}.db";
        var store = await _database.OpenAsync(name);
        lock (_paths)
        {
            _paths[store] = _database.PathOf(name);
        }

        return store;
    }

    protected override IAuditTrail AuditTrailOf(IGraphStore store) => ((SqliteGraphStore)store).AuditTrail;

    protected override IIssuedKeyRepository IssuedKeysOf(IGraphStore store) => ((SqliteGraphStore)store).IssuedKeys;

    protected override async Task RecordStrayAuditEntryAsync(IGraphStore store, long version)
    {
        string path;
        lock (_paths)
        {
            path = _paths[store];
        }

        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO audit_entries (version, at, actor, operation, changes) VALUES ($version, '2020-01-01T00:00:00.0000000Z', 'stray', 'unknown', '[]')";
        insert.Parameters.AddWithValue("$version", version);
        await insert.ExecuteNonQueryAsync();
    }

    public void Dispose() => _database.Dispose();
}
