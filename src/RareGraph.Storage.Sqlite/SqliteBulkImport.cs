using Microsoft.Data.Sqlite;
using RareGraph.Domain.Auditing;
using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Sqlite.Auditing;

namespace RareGraph.Storage.Sqlite;

/// <summary>
/// A bulk import on SQLite: one IMMEDIATE transaction on one connection, holding the store's write gate, writing its
/// rows through multi-row upserts (<see cref="BulkRowStatement{T}"/>), 64 rows per statement. SQLite writes nothing to the database file until the commit
/// (the WAL is rolled back on a crash), so a killed process leaves the graph as it was.
/// </summary>
/// <remarks>
/// The batches are written on a thread of their own (<see cref="BackgroundWrites"/>) while the caller reads and checks
/// the next ones; a batch that fails fails the import at the next call or at the commit, which first waits for every
/// batch. Cancellation is checked per batch. Relationships are gathered in a temporary table and moved into their
/// table in key order before the commit (<see cref="StagedRelationships"/>).
/// Into an empty graph the secondary indexes are dropped at the start and built again inside the same transaction
/// (<see cref="DeferredIndexes"/>): the entities' when the first relationships arrive (their rows are then complete, in
/// the order every importer writes), the relationships' just before the commit. The connection gets a page cache large
/// enough for the transaction and commits without a checkpoint (<see cref="BulkLoadSettings"/>) until it goes back to
/// the pool; the store checkpoints a committed import once it has answered.
/// </remarks>
internal sealed class SqliteBulkImport : IBulkImportTransaction
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly BulkRowStatement<Entity> _entities;
    private readonly StagedRelationships _relationships;
    private readonly BulkLoadSettings _settings;
    private readonly DeferredIndexes _indexes;
    private readonly BackgroundWrites _writes = new();
    private readonly Action<bool> _release;
    private bool _relationshipsBegun;
    private bool _done;

    private SqliteBulkImport(SqliteConnection connection, SqliteTransaction transaction, long version, BulkLoadSettings settings, DeferredIndexes indexes, StagedRelationships relationships, Action<bool> release)
    {
        _connection = connection;
        _transaction = transaction;
        _settings = settings;
        _indexes = indexes;
        _release = release;
        StartVersion = version;
        _entities = new BulkRowStatement<Entity>(connection, "entities", EntityRows.ColumnList, EntityRows.Write);
        _relationships = relationships;
    }

    public long StartVersion { get; }

    /// <summary>
    /// Begins the import on <paramref name="connection"/>, which it owns from here on, even when beginning fails.
    /// <paramref name="release"/> runs once the import has ended, told whether it committed.
    /// </summary>
    public static async Task<SqliteBulkImport> BeginAsync(SqliteConnection connection, Action<bool> release, CancellationToken cancellationToken)
    {
        BulkLoadSettings? settings = null;
        SqliteTransaction? transaction = null;
        try
        {
            settings = await BulkLoadSettings.ApplyAsync(connection, cancellationToken);
            transaction = connection.BeginTransaction(deferred: false);
            var version = await SqliteConnector.ReadVersionAsync(connection, transaction, cancellationToken);
            var indexes = await DeferredIndexes.SetAsideIfEmptyAsync(connection, transaction, cancellationToken);
            var relationships = StagedRelationships.Create(connection, transaction);
            return new SqliteBulkImport(connection, transaction, version, settings, indexes, relationships, release);
        }
        catch
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }

            await connection.DisposeAsync();
            throw;
        }
    }

    public Task UpsertEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        cancellationToken.ThrowIfCancellationRequested();

        // A copy: the caller may reuse its list while the batch waits for its turn.
        var batch = entities.ToArray();
        return EnqueueAsync(
            () =>
            {
                foreach (var entity in batch)
                {
                    _entities.Add(entity);
                }

                _entities.Flush();
            },
            cancellationToken);
    }

    public async Task UpsertRelationshipsAsync(IReadOnlyList<Relationship> relationships, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relationships);
        cancellationToken.ThrowIfCancellationRequested();
        if (!_relationshipsBegun)
        {
            _relationshipsBegun = true;
            await EnqueueAsync(() => _indexes.Rebuild(_connection, _transaction, "entities"), cancellationToken);
        }

        var batch = relationships.ToArray();
        await EnqueueAsync(
            () =>
            {
                foreach (var relationship in batch)
                {
                    _relationships.Add(relationship);
                }

                _relationships.Flush();
            },
            cancellationToken);
    }

    public async Task<long> CommitAsync(AuditRecord audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var version = StartVersion + 1;
        await StoreFaults.GuardAsync(async () =>
        {
            await _writes.DrainAsync();
            cancellationToken.ThrowIfCancellationRequested();
            _relationships.MoveIntoRelationships();
            await _indexes.RebuildAsync(_connection, _transaction, cancellationToken);
            return true;
        });
        await AuditAppend.AppendAsync(_connection, _transaction, version, audit, cancellationToken);
        return await StoreFaults.GuardAsync(async () =>
        {
            await using (var bump = Prepare("UPDATE graph_meta SET version = version + 1 WHERE id = 1"))
            {
                await bump.ExecuteNonQueryAsync(cancellationToken);
            }

            await _transaction.CommitAsync(cancellationToken);
            _done = true;
            return version;
        });
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_done)
            {
                await _writes.AbandonAsync();
                await _transaction.RollbackAsync();
            }

            _entities.Dispose();
            _relationships.Dispose();
            await _transaction.DisposeAsync();

            // A connection that cannot take its settings back must not return to the pool with a quarter-gigabyte cache and
            // commits that skip the fsync.
            try
            {
                await _settings.RestoreAsync(_connection);
            }
            catch (SqliteException)
            {
                SqliteConnection.ClearPool(_connection);
            }
        }
        finally
        {
            await _connection.DisposeAsync();
            _release(_done);
        }
    }

    private Task EnqueueAsync(Action write, CancellationToken cancellationToken) =>
        StoreFaults.GuardAsync(async () =>
        {
            await _writes.EnqueueAsync(write, cancellationToken);
            return true;
        });

    private SqliteCommand Prepare(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }
}
