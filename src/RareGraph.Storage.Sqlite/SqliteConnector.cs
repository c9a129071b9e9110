using Microsoft.Data.Sqlite;
using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Sqlite;

/// <summary>
/// Opens pooled connections to the store's file, set up alike, counts them as round trips, and runs read queries
/// whose rows are materialised before the connection goes back to the pool.
/// </summary>
internal sealed class SqliteConnector
{
    private readonly string _connectionString;
    private long _opened;

    public SqliteConnector(SqliteStoreOptions options)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(options.Path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            // Whole seconds, at least one: zero would mean waiting for a lock forever.
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
            ForeignKeys = true,
        }.ToString();
    }

    /// <summary>
    /// The collation that orders names as <see cref="TextFolding.Compare"/> does. Listings no longer use it (they order
    /// by the folded name column since schema step 8), but it is still registered on every connection: a file older than
    /// that step holds an index declared with it until its migration runs, and such an index can only be used, written
    /// or dropped by a connection that has it.
    /// </summary>
    public const string NameCollation = "RAREGRAPH_NAME";

    public long Opened => Interlocked.Read(ref _opened);

    /// <summary>
    /// Sees each read query, its SQL and parameters, just before it runs. A test seam, unset in the server: the query
    /// snapshots keep the SQL a request was answered with beside the request and the answer.
    /// </summary>
    public Action<SqliteCommand>? QueryPrepared { get; set; }

    /// <summary>Counts one round trip made without opening a connection (on a connection kept open).</summary>
    public void CountRoundTrip() => Interlocked.Increment(ref _opened);

    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        CountRoundTrip();
        return OpenUncountedAsync(cancellationToken);
    }

    /// <summary>Opens a connection that is no round trip of its own (one kept open, whose uses are counted).</summary>
    public async Task<SqliteConnection> OpenUncountedAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);

        // SQLite's lower() folds only ASCII; filters promise invariant lower case for every letter.
        connection.CreateFunction("lower_invariant", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);

        // Names are ordered and searched as people read them (TextFolding): the same order on every store.
        connection.CreateFunction("raregraph_fold", (string? text) => text is null ? null : TextFolding.Fold(text), isDeterministic: true);
        connection.CreateCollation(NameCollation, TextFolding.Compare);
        return connection;
    }

    public Task<IReadOnlyList<T>> QueryAsync<T>(
        Action<SqliteCommand> prepare,
        Func<SqliteDataReader, T> read,
        CancellationToken cancellationToken) =>
        StoreFaults.GuardAsync<IReadOnlyList<T>>(async () =>
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            prepare(command);
            QueryPrepared?.Invoke(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }

            return rows;
        });

    public static async Task<long> ReadVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version FROM graph_meta WHERE id = 1";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
