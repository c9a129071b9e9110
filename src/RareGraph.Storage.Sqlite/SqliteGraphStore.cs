using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using RareGraph.Domain.Auditing;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Sqlite.Auditing;
using RareGraph.Storage.Sqlite.Keys;

namespace RareGraph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never wait for the writer), a connection per call from
/// the pool, and one IMMEDIATE transaction per write, guarded by the graph version, that also appends the write's
/// audit entry. The same file holds the audit trail and the issued API keys (<see cref="AuditTrail"/>,
/// <see cref="IssuedKeys"/>).
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, IDisposable
{
    private readonly SqliteConnector _connector;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SqliteVersionReader _versions;
    private readonly BackgroundCheckpoint _checkpoints;

    public SqliteGraphStore(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connector = new SqliteConnector(options);
        _versions = new SqliteVersionReader(_connector);
        _checkpoints = new BackgroundCheckpoint(_connector);
        AuditTrail = new SqliteAuditTrail(_connector);
        IssuedKeys = new SqliteIssuedKeyRepository(_connector);
    }

    /// <summary>The entries <see cref="ApplyAsync"/> appends, read from this store's file.</summary>
    public IAuditTrail AuditTrail { get; }

    /// <summary>The API keys issued at run time, kept in this store's file.</summary>
    public IIssuedKeyRepository IssuedKeys { get; }

    /// <summary>
    /// How many round trips this store has made: one per port call that reaches the database, however many keys or
    /// rows it carries (calls with no keys are answered without one), so tests can prove that callers batch.
    /// </summary>
    public long StoreCallCount => _connector.Opened;

    /// <summary>How many version reads went to SQLite rather than being answered by an unchanged WAL-index header (a test seam).</summary>
    internal long VersionReadsFromSqlite => _versions.SqliteReads;

    /// <summary>Sees each read query's SQL and parameters just before it runs (a test seam for the query snapshots).</summary>
    internal Action<SqliteCommand>? QueryPrepared
    {
        get => _connector.QueryPrepared;
        set => _connector.QueryPrepared = value;
    }

    public Task InitializeAsync(CancellationToken cancellationToken) =>
        StoreFaults.GuardAsync(async () =>
        {
            await using var connection = await OpenAsync(cancellationToken);
            await SchemaMigrations.ApplyAsync(connection, cancellationToken);
            return true;
        });

    public Task<long> GetVersionAsync(CancellationToken cancellationToken) => _versions.ReadAsync(cancellationToken);

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        keys.Count == 0
            ? Task.FromResult<IReadOnlyList<Entity>>([])
            : QueryEntitiesAsync(
                "SELECT e.label, e.data FROM entities e WHERE e.key IN (SELECT value FROM json_each($keys))",
                command => command.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(keys)),
                cancellationToken);

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<Relationship>>([]);
        }

        // Distinct, because the join would return a relationship once per repetition of its key.
        var triples = keys.Distinct().Select(k => new[] { k.FromKey, RelationshipTypeNames.Of(k.Type), k.ToKey }).ToArray();
        return QueryRelationshipsAsync(
            """
            SELECT r.* FROM relationships r
            JOIN json_each($keys) k
              ON r.from_key = json_extract(k.value, '$[0]') AND r.type = json_extract(k.value, '$[1]') AND r.to_key = json_extract(k.value, '$[2]')
            ORDER BY r.from_key, r.type, r.to_key
            """,
            command => command.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(triples)),
            cancellationToken);
    }

    public Task<IReadOnlyList<Relationship>> GetRelationshipsOfAsync(
        IReadOnlyCollection<string> entityKeys,
        RelationshipDirection direction,
        IReadOnlyCollection<RelationshipType>? types,
        CancellationToken cancellationToken)
    {
        if (entityKeys.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<Relationship>>([]);
        }

        var touching = direction switch
        {
            RelationshipDirection.Outgoing => "r.from_key IN (SELECT value FROM json_each($keys))",
            RelationshipDirection.Incoming => "r.to_key IN (SELECT value FROM json_each($keys))",
            _ => "(r.from_key IN (SELECT value FROM json_each($keys)) OR r.to_key IN (SELECT value FROM json_each($keys)))",
        };
        var typed = types is null ? string.Empty : " AND r.type IN (SELECT value FROM json_each($types))";
        return QueryRelationshipsAsync(
            $"SELECT r.* FROM relationships r WHERE {touching}{typed} ORDER BY r.from_key, r.type, r.to_key",
            command =>
            {
                command.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(entityKeys));
                if (types is not null)
                {
                    command.Parameters.AddWithValue("$types", JsonSerializer.Serialize(types.Select(RelationshipTypeNames.Of)));
                }
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<Entity>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await QueryEntitiesAsync(
            string.Empty,
            command =>
            {
                var sql = new SqlFilterBuilder(command, query.Label);
                var where = sql.Where(query.Filter);
                if (query.Position is not null)
                {
                    where += " AND " + sql.After(query.Sort, query.Position, query.Backward);
                }

                command.CommandText =
                    $"SELECT e.label, e.data FROM entities e WHERE {where} ORDER BY {sql.OrderBy(query.Sort, query.Backward)} LIMIT $limit";
                command.Parameters.AddWithValue("$limit", query.Limit);
            },
            cancellationToken);
        return query.Backward ? rows.Reverse().ToList() : rows;
    }

    public Task<long> CountEntitiesAsync(EntityLabel label, EntityFilter? filter, CancellationToken cancellationToken) =>
        StoreFaults.GuardAsync(async () =>
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM entities e WHERE {new SqlFilterBuilder(command, label).Where(filter)}";
            return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        });

    public async IAsyncEnumerable<Entity> ScanEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await StoreFaults.GuardAsync(() => OpenAsync(cancellationToken));
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT e.label, e.data FROM entities e ORDER BY e.key";
        await using var reader = await StoreFaults.GuardAsync(() => command.ExecuteReaderAsync(cancellationToken));
        while (await StoreFaults.GuardAsync(() => reader.ReadAsync(cancellationToken)))
        {
            yield return EntityRows.Read(reader, 0, 1);
        }
    }

    public async IAsyncEnumerable<Relationship> ScanRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await StoreFaults.GuardAsync(() => OpenAsync(cancellationToken));
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT r.* FROM relationships r ORDER BY r.from_key, r.type, r.to_key";
        await using var reader = await StoreFaults.GuardAsync(() => command.ExecuteReaderAsync(cancellationToken));
        while (await StoreFaults.GuardAsync(() => reader.ReadAsync(cancellationToken)))
        {
            yield return RelationshipRows.Read(reader);
        }
    }

    public Task<long> ApplyAsync(GraphWrite write, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        return StoreFaults.GuardAsync(async () =>
        {
            await _writeGate.WaitAsync(cancellationToken);
            try
            {
                await using var connection = await OpenAsync(cancellationToken);
                await using var transaction = connection.BeginTransaction(deferred: false);
                var actual = await SqliteConnector.ReadVersionAsync(connection, transaction, cancellationToken);
                if (actual != expectedVersion)
                {
                    throw new StoreVersionConflictException(expectedVersion, actual);
                }

                await WriteBatch.ApplyAsync(connection, transaction, write, cancellationToken);
                if (write.Audit is { } audit)
                {
                    await AuditAppend.AppendAsync(connection, transaction, expectedVersion + 1, audit, cancellationToken);
                }

                await using (var bump = connection.CreateCommand())
                {
                    bump.Transaction = transaction;
                    bump.CommandText = "UPDATE graph_meta SET version = version + 1 WHERE id = 1";
                    await bump.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                return expectedVersion + 1;
            }
            finally
            {
                _versions.NoteWrite();
                _writeGate.Release();
            }
        });
    }

    /// <summary>Waits for the checkpoints that committed bulk imports started (see <see cref="BackgroundCheckpoint"/>).</summary>
    internal Task WhenCheckpointedAsync() => _checkpoints.WhenIdleAsync();

    public void Dispose()
    {
        // A checkpoint still copying an import into the file finishes first: cutting it short is safe, but leaves the
        // copy to whoever opens the file next.
        _checkpoints.WhenIdleAsync().GetAwaiter().GetResult();
        _versions.Dispose();
        _writeGate.Dispose();
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _connector.OpenAsync(cancellationToken);

    private Task<IReadOnlyList<Entity>> QueryEntitiesAsync(string sql, Action<SqliteCommand> prepare, CancellationToken cancellationToken) =>
        _connector.QueryAsync(
            command =>
            {
                command.CommandText = sql;
                prepare(command);
            },
            reader => EntityRows.Read(reader, 0, 1),
            cancellationToken);

    private Task<IReadOnlyList<Relationship>> QueryRelationshipsAsync(string sql, Action<SqliteCommand> prepare, CancellationToken cancellationToken) =>
        _connector.QueryAsync(
            command =>
            {
                command.CommandText = sql;
                prepare(command);
            },
            RelationshipRows.Read,
            cancellationToken);
}
