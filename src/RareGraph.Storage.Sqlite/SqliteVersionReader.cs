using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace RareGraph.Storage.Sqlite;

/// <summary>
/// Reads the graph version on a few connections kept open, each with its statement prepared once. Every query the
/// response cache may answer reads the version first; opening a pooled connection (which registers its functions and
/// collation again) and preparing the statement cost far more than the one-row read itself.
/// </summary>
/// <remarks>
/// A read takes a free connection from its slots with one atomic exchange and puts it back the same way, so concurrent
/// requests never queue on a lock (one connection behind a lock was where 32 concurrent requests met). When every slot
/// is taken a new connection is opened; on the way back it fills an empty slot or is closed, so at most
/// <see cref="Slots"/> stay open. Each read is its own read transaction and sees the latest committed write, in this
/// process or another. A connection whose read failed is closed, never put back.
/// <para>
/// Most reads do not reach SQLite at all: a read remembers the WAL-index header it was made under
/// (<see cref="WalIndexHeader"/>, read before and after it and kept only when both agree), and while the header and
/// this process's own write count still read the same, nothing has committed since, so its answer stands. A commit
/// acknowledged before a read began has already rewritten the header, whoever made it (this store, another store on
/// the file, another process, a checkpoint restarting the WAL), so that read goes to SQLite. Either way a read counts as
/// one store call, as before, so the counts that batching tests see do not depend on which way it was answered.
/// </para>
/// </remarks>
internal sealed class SqliteVersionReader(SqliteConnector connector) : IDisposable
{
    /// <summary>How many prepared connections are kept: enough for every core to read at once, never many.</summary>
    internal static readonly int Slots = Math.Clamp(Environment.ProcessorCount, 2, 8);

    private readonly VersionStatement?[] _slots = new VersionStatement?[Slots];
    private volatile bool _disposed;
    private int _connectionsOpened;
    private long _localWrites;
    private long _sqliteReads;
    private int _headerMapping;
    private WalIndexHeader? _header;
    private KnownVersion? _known;

    // The answer to the last read, handed out again while the version stays the same: no task allocated per read.
    private Task<long>? _last;

    /// <summary>How many connections this reader has opened in all (a test seam: reads reuse them).</summary>
    internal int ConnectionsOpened => Volatile.Read(ref _connectionsOpened);

    /// <summary>How many reads went to SQLite (a test seam: the others were answered by an unchanged WAL-index header).</summary>
    internal long SqliteReads => Interlocked.Read(ref _sqliteReads);

    /// <summary>The version; SQLite faults become the store's UNAVAILABLE (<see cref="StoreFaults"/>).</summary>
    public Task<long> ReadAsync(CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<long>(cancellationToken);
        }

        if (_disposed)
        {
            return Task.FromException<long>(new ObjectDisposedException(nameof(SqliteVersionReader)));
        }

        if (Volatile.Read(ref _known) is { } known && known.StillHolds(Volatile.Read(ref _header), Volatile.Read(ref _localWrites)))
        {
            connector.CountRoundTrip();
            return known.Answer;
        }

        if (Take() is not { } statement)
        {
            return ReadOnNewAsync(cancellationToken);
        }

        try
        {
            return ReadAndRemember(statement);
        }
        catch (SqliteException fault)
        {
            return Task.FromException<long>(StoreFaults.Translate(fault));
        }
    }

    /// <summary>Called after every write this process attempts, committed or not: a read made before it is not reused.</summary>
    public void NoteWrite() => Interlocked.Increment(ref _localWrites);

    public void Dispose()
    {
        _disposed = true;
        Interlocked.Exchange(ref _header, null)?.Dispose();
        for (var i = 0; i < _slots.Length; i++)
        {
            Interlocked.Exchange(ref _slots[i], null)?.Dispose();
        }
    }

    private async Task<long> ReadOnNewAsync(CancellationToken cancellationToken)
    {
        try
        {
            var statement = await VersionStatement.PrepareAsync(connector, cancellationToken);
            Interlocked.Increment(ref _connectionsOpened);
            var version = await ReadAndRemember(statement);
            await MapHeaderOnceAsync();
            return version;
        }
        catch (SqliteException fault)
        {
            throw StoreFaults.Translate(fault);
        }
    }

    /// <summary>Reads from SQLite, and remembers the answer with the header it was read under when that header held still.</summary>
    private Task<long> ReadAndRemember(VersionStatement statement)
    {
        var header = Volatile.Read(ref _header);
        var writes = Volatile.Read(ref _localWrites);
        WalHeaderSnapshot before = default;
        var hasBefore = header is not null && header.TryRead(out before);
        var answer = Answer(Read(statement));
        if (hasBefore && header!.TryRead(out var after) && after == before
            && !(Volatile.Read(ref _known) is { } known && known.Header == before && known.LocalWrites == writes && known.Answer == answer))
        {
            Volatile.Write(ref _known, new KnownVersion(before, writes, answer, header!));
        }

        return answer;
    }

    /// <summary>After the first read that succeeded (the schema, and with it WAL mode, is in place): maps the header once.</summary>
    private async Task MapHeaderOnceAsync()
    {
        if (Interlocked.CompareExchange(ref _headerMapping, 1, 0) != 0)
        {
            return;
        }

        // Not the request's token: a request cancelled here would otherwise leave every later read without a header.
        SqliteConnection anchor;
        try
        {
            anchor = await connector.OpenUncountedAsync(CancellationToken.None);
        }
        catch (SqliteException)
        {
            // The read itself succeeded; without a header every read simply goes to SQLite.
            return;
        }

        Volatile.Write(ref _header, WalIndexHeader.TryMap(anchor));

        // Disposed meanwhile: its sweep may have missed the header.
        if (_disposed)
        {
            Interlocked.Exchange(ref _header, null)?.Dispose();
        }
    }

    private Task<long> Answer(long version)
    {
        var last = Volatile.Read(ref _last);
        if (last is not null && last.Result == version)
        {
            return last;
        }

        var answer = Task.FromResult(version);
        Volatile.Write(ref _last, answer);
        return answer;
    }

    private long Read(VersionStatement statement)
    {
        long version;
        try
        {
            connector.CountRoundTrip();
            Interlocked.Increment(ref _sqliteReads);
            version = statement.Read();
        }
        catch
        {
            statement.Dispose();
            throw;
        }

        Return(statement);
        return version;
    }

    private VersionStatement? Take()
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            if (Volatile.Read(ref _slots[i]) is not null && Interlocked.Exchange(ref _slots[i], null) is { } taken)
            {
                return taken;
            }
        }

        return null;
    }

    private void Return(VersionStatement statement)
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _slots[i], statement, null) is null)
            {
                // Disposed meanwhile: its sweep may have passed this slot already, so take the statement back out.
                if (_disposed && Interlocked.Exchange(ref _slots[i], null) is { } late)
                {
                    late.Dispose();
                }

                return;
            }
        }

        statement.Dispose();
    }

    /// <summary>
    /// One kept-open connection and its prepared read; used by one caller at a time. The statement is SQLite's own,
    /// stepped and reset directly: a data reader per read (its record and row-id map) cost more than the read.
    /// </summary>
    private sealed class VersionStatement : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly sqlite3_stmt _read;

        private VersionStatement(SqliteConnection connection, sqlite3_stmt read)
        {
            _connection = connection;
            _read = read;
        }

        public static async Task<VersionStatement> PrepareAsync(SqliteConnector connector, CancellationToken cancellationToken)
        {
            var connection = await connector.OpenUncountedAsync(cancellationToken);
            var prepared = raw.sqlite3_prepare_v2(connection.Handle, "SELECT version FROM graph_meta WHERE id = 1", out var read);
            if (prepared != raw.SQLITE_OK)
            {
                // Before the schema exists, say: nothing is kept, and the next read tries again.
                var fault = new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), prepared);
                read?.Dispose();
                await connection.DisposeAsync();
                throw fault;
            }

            return new VersionStatement(connection, read);
        }

        public long Read()
        {
            try
            {
                var stepped = raw.sqlite3_step(_read);
                if (stepped != raw.SQLITE_ROW)
                {
                    throw new SqliteException(raw.sqlite3_errmsg(_connection.Handle).utf8_to_string(), stepped);
                }

                return raw.sqlite3_column_int64(_read, 0);
            }
            finally
            {
                // Ends the statement's read transaction, so the next read sees the latest commit.
                raw.sqlite3_reset(_read);
            }
        }

        public void Dispose()
        {
            _read.Dispose();
            _connection.Dispose();
        }
    }
}
