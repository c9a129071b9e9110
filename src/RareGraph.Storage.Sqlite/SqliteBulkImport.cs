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
/// Rows run synchronously: Microsoft.Data.Sqlite has no asynchronous I/O (its async methods run the same call and wrap
/// the result), so an awaited call per row only added a task and a cancellation check per row; cancellation is checked
/// per batch instead. Each batch is written completely before its call returns (the last, partial statement included),
/// so a failing row fails the call that handed it over.
/// Into an empty graph the secondary indexes are dropped at the start and built again just before the commit, inside
/// the same transaction (<see cref="DeferredIndexes"/>); the connection gets a page cache large enough for the
/// transaction (<see cref="BulkLoadSettings"/>) until it goes back to the pool.
/// </remarks>
internal sealed class SqliteBulkImport : IBulkImportTransaction
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly BulkRowStatement<Entity> _entities;
    private readonly BulkRowStatement<Relationship> _relationships;
    private readonly BulkLoadSettings _settings;
    private readonly DeferredIndexes _indexes;
    private readonly Action _release;
    private bool _done;

    private SqliteBulkImport(SqliteConnection connection, SqliteTransaction transaction, long version, BulkLoadSettings settings, DeferredIndexes indexes, Action release)
    {
        _connection = connection;
        _transaction = transaction;
        _settings = settings;
        _indexes = indexes;
        _release = release;
        StartVersion = version;
        _entities = new BulkRowStatement<Entity>(connection, "entities", EntityRows.ColumnList, EntityRows.Write);
        _relationships = new BulkRowStatement<Relationship>(connection, "relationships", RelationshipRows.ColumnList, RelationshipRows.Write);
    }

    public long StartVersion { get; }

    /// <summary>Begins the import on <paramref name="connection"/>, which it owns from here on, even when beginning fails.</summary>
    public static async Task<SqliteBulkImport> BeginAsync(SqliteConnection connection, Action release, CancellationToken cancellationToken)
    {
        BulkLoadSettings? settings = null;
        SqliteTransaction? transaction = null;
        try
        {
            settings = await BulkLoadSettings.ApplyAsync(connection, cancellationToken);
            transaction = connection.BeginTransaction(deferred: false);
            var version = await SqliteConnector.ReadVersionAsync(connection, transaction, cancellationToken);
            var indexes = await DeferredIndexes.SetAsideIfEmptyAsync(connection, transaction, cancellationToken);
            return new SqliteBulkImport(connection, transaction, version, settings, indexes, release);
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

    public async Task UpsertEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        cancellationToken.ThrowIfCancellationRequested();
        await StoreFaults.GuardAsync(() =>
        {
            foreach (var entity in entities)
            {
                _entities.Add(entity);
            }

            _entities.Flush();
            return Task.FromResult(true);
        });
    }

    public async Task UpsertRelationshipsAsync(IReadOnlyList<Relationship> relationships, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relationships);
        cancellationToken.ThrowIfCancellationRequested();
        await StoreFaults.GuardAsync(() =>
        {
            foreach (var relationship in relationships)
            {
                _relationships.Add(relationship);
            }

            _relationships.Flush();
            return Task.FromResult(true);
        });
    }

    public async Task<long> CommitAsync(AuditRecord audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var version = StartVersion + 1;
        await StoreFaults.GuardAsync(async () =>
        {
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
            _release();
        }
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }
}
