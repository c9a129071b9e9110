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
/// open. Its fsyncs (at the store's own synchronous level) also make the import durable. So no failure of it is kept:
/// a kept one would fault every checkpoint chained after it and make disposing the store throw.
/// </remarks>
internal sealed class BackgroundCheckpoint(Func<Task> checkpoint)
{
    private readonly Lock _gate = new();
    private Task _last = Task.CompletedTask;
    private int _failures;

    public BackgroundCheckpoint(SqliteConnector connector)
        : this(() => CheckpointAsync(connector))
    {
    }

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

    /// <summary>How many checkpoints failed (left to SQLite's next automatic one); for diagnosis, never thrown.</summary>
    public int Failures => Volatile.Read(ref _failures);

    private async Task RunAsync()
    {
        try
        {
            await checkpoint();
        }
        catch (Exception)
        {
            // Whatever failed (SQLite, the file system, a connection opened as the store shuts down), the WAL is still
            // valid: the copy is left to the next commit's automatic checkpoint or the next open, as SQLite does by default.
            Interlocked.Increment(ref _failures);
        }
    }

    private static async Task CheckpointAsync(SqliteConnector connector)
    {
        // Not a request's round trip: uncounted, like a connection kept open.
        await using var connection = await connector.OpenUncountedAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        await command.ExecuteNonQueryAsync();
    }
}
