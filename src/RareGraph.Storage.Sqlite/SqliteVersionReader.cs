using Microsoft.Data.Sqlite;

namespace RareGraph.Storage.Sqlite;

/// <summary>
/// Reads the graph version on one connection kept open, its statement prepared once. Every query the response cache may
/// answer reads the version first; opening a pooled connection (which registers its functions and collation again) and
/// preparing the statement cost far more than the one-row read itself.
/// </summary>
/// <remarks>
/// The reads take turns on the connection (a few microseconds each). Each is its own read transaction, so it sees the
/// latest committed write, in this process or another. After a failure the connection is dropped and the next read
/// opens a new one.
/// </remarks>
internal sealed class SqliteVersionReader(SqliteConnector connector) : IDisposable
{
    private readonly Lock _gate = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _read;
    private bool _disposed;

    public async Task<long> ReadAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Volatile.Read(ref _read) is null)
        {
            await PrepareAsync(cancellationToken);
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            try
            {
                connector.CountRoundTrip();
                return (long)_read!.ExecuteScalar()!;
            }
            catch (SqliteException)
            {
                Drop();
                throw;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            Drop();
        }
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var connection = await connector.OpenUncountedAsync(cancellationToken);
        var read = connection.CreateCommand();
        try
        {
            read.CommandText = "SELECT version FROM graph_meta WHERE id = 1";
            read.Prepare();
        }
        catch
        {
            // Before the schema exists, say: nothing is kept, and the next read tries again.
            await read.DisposeAsync();
            await connection.DisposeAsync();
            throw;
        }

        lock (_gate)
        {
            if (_read is null && !_disposed)
            {
                _connection = connection;
                _read = read;
                return;
            }
        }

        // Another read prepared first (or the store was disposed meanwhile).
        await read.DisposeAsync();
        await connection.DisposeAsync();
    }

    private void Drop()
    {
        _read?.Dispose();
        _connection?.Dispose();
        _read = null;
        _connection = null;
    }
}
