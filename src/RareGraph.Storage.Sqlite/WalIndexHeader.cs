using System.IO.MemoryMappedFiles;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace RareGraph.Storage.Sqlite;

/// <summary>
/// The WAL-index header of the store's file, read from its <c>-shm</c> file through a read-only memory map: a commit
/// always rewrites it, so while it reads the same as at a version read, nothing has committed since.
/// </summary>
/// <remarks>
/// Layout from SQLite's "WAL-mode File Format" (walformat.html, section 2.1): the <c>-shm</c> file starts with two
/// copies of a 48-byte header (version 3007000, change counter, page size, the last commit frame <c>mxFrame</c>, the
/// page count, the last frame's checksum, the WAL salts, the header's checksum). A committing writer writes the second
/// copy, then a memory barrier, then the first; a reader reads the first, a barrier, then the second, and trusts them
/// only when they agree (wal.c, <c>walIndexWriteHdr</c> and <c>walIndexTryHdr</c>). Copies that agree are the state
/// before or after a commit still in progress, never a mix, and a commit in progress is not yet acknowledged to anyone.
/// Within one WAL generation <c>mxFrame</c> and the frame checksum change with every commit; a WAL restart draws new
/// salts. So equal headers mean no commit in between.
/// <para>
/// The map holds its own connection open for its whole life (<see cref="_anchor"/>). An open WAL connection keeps a
/// shared lock on the database file and on the <c>-shm</c> file: no other connection can then delete the <c>-shm</c>
/// file, truncate it (only the first to open it does), or leave WAL mode, so the map always shows the header every
/// connection on the file uses. Without WAL mode, without a <c>-shm</c> file or on any fault, there is no header and
/// every read goes to SQLite.
/// </para>
/// </remarks>
internal sealed class WalIndexHeader : IDisposable
{
    private const int HeaderBytes = 48;
    private const int BothCopiesBytes = 2 * HeaderBytes;
    private const uint KnownFormat = 3007000;

    private readonly SqliteConnection _anchor;
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;

    private WalIndexHeader(SqliteConnection anchor, MemoryMappedFile file, MemoryMappedViewAccessor view)
    {
        _anchor = anchor;
        _file = file;
        _view = view;
    }

    /// <summary>Maps the header of the file <paramref name="anchor"/> is open on, which it then owns; null when it cannot.</summary>
    public static WalIndexHeader? TryMap(SqliteConnection anchor)
    {
        MemoryMappedFile? file = null;
        try
        {
            if (!BitConverter.IsLittleEndian || !IsInWalMode(anchor) || raw.sqlite3_db_filename(anchor.Handle, "main").utf8_to_string() is not { Length: > 0 } database)
            {
                anchor.Dispose();
                return null;
            }

            using (var shm = new FileStream(database + "-shm", FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            {
                // A shorter file has no header yet; a view past its end would fault on the first read.
                if (shm.Length < BothCopiesBytes)
                {
                    anchor.Dispose();
                    return null;
                }

                file = MemoryMappedFile.CreateFromFile(shm, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            }

            var view = file.CreateViewAccessor(0, BothCopiesBytes, MemoryMappedFileAccess.Read);
            return new WalIndexHeader(anchor, file, view);
        }
        catch (Exception fault) when (fault is IOException or UnauthorizedAccessException or SqliteException or ArgumentException)
        {
            file?.Dispose();
            anchor.Dispose();
            return null;
        }
    }

    /// <summary>The header as every connection sees it now; false when its two copies disagree or it is not set up.</summary>
    public bool TryRead(out WalHeaderSnapshot header)
    {
        header = default;
        Span<long> first = stackalloc long[HeaderBytes / sizeof(long)];
        Span<long> second = stackalloc long[HeaderBytes / sizeof(long)];
        try
        {
            var buffer = _view.SafeMemoryMappedViewHandle;
            var start = (ulong)_view.PointerOffset;
            buffer.ReadSpan(start, first);

            // Pairs with the writer's barrier between its two copies: the first copy is read strictly before the second.
            Interlocked.MemoryBarrier();
            buffer.ReadSpan(start + HeaderBytes, second);
        }
        catch (ObjectDisposedException)
        {
            return false;
        }

        // Little-endian words: the format in the low half of the first, isInit (byte 12) in the second.
        if (!first.SequenceEqual(second) || (uint)first[0] != KnownFormat || (byte)(first[1] >> 32) == 0)
        {
            return false;
        }

        header = new WalHeaderSnapshot(first[0], first[1], first[2], first[3], first[4], first[5]);
        return true;
    }

    public void Dispose()
    {
        // Reads in progress hold the view's buffer (SafeBuffer counts them): it is unmapped only when the last ends.
        _view.Dispose();
        _file.Dispose();
        _anchor.Dispose();
    }

    private static bool IsInWalMode(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return string.Equals(command.ExecuteScalar() as string, "wal", StringComparison.OrdinalIgnoreCase);
    }
}
