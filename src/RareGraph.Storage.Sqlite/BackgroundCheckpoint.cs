using Microsoft.Data.Sqlite;

namespace RareGraph.Storage.Sqlite;

/// <summary>
/// Copies a committed bulk import from the write-ahead log into the database file after the import has answered, on a
/// connection of its own, so the caller does not wait for it. One at a time; the store waits for the last one when it
/// is disposed.
/// </summary>
/// <remarks>
/// The import commits with automatic checkpoints off (<see cref="BulkLoadSettings"/>); without this, the next ordinary
/// write would run that checkpoint inside its own commit. The checkpoint is PASSIVE: it takes no lock that readers or
/// writers wait for and copies what no reader still needs; whatever it leaves, the next commit's automatic checkpoint
/// takes. It may fail or be cut short (a killed process) without harm: the WAL stays valid and is replayed on the next
/// open. Its fsyncs (at the store's own synchronous level) also make the import durable.
/// </remarks>
internal sealed class BackgroundCheckpoint(SqliteConnector connector)
{
    private readonly Lock _gate = new();
    private Task _last = Task.CompletedTask;

    /// <summary>Starts a checkpoint after the one running, if any, ends.</summary>
    public void Start()
    {
        lock (_gate)
        {
            var previous = _last;
            _last = Task.Run(async () =>
            {
                await previous;
                await RunAsync();
            });
        }
    }

    /// <summary>Waits for the checkpoints started so far (they report no failure: see the remarks).</summary>
    public Task WhenIdleAsync()
    {
        lock (_gate)
        {
            return _last;
        }
    }

    private async Task RunAsync()
    {
        try
        {
            // Not a request's round trip: uncounted, like a connection kept open.
            await using var connection = await connector.OpenUncountedAsync(CancellationToken.None);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            await command.ExecuteNonQueryAsync();
        }
        catch (SqliteException)
        {
            // Left to the next commit's automatic checkpoint, as SQLite does by default.
        }
    }
}
