using System.Globalization;
using Microsoft.Data.Sqlite;

namespace RareGraph.Storage.Sqlite;

/// <summary>
/// The connection settings of a bulk import, applied before its transaction and put back before the connection returns
/// to the pool. SQLite's default page cache (2 MB) is far smaller than the pages one large transaction keeps dirty, so
/// without a larger one it spills pages to the WAL mid-import and reads them back. SQLite's sorter (the index builds,
/// the relationships' move in key order) keeps up to that cache's size of records in memory.
/// </summary>
/// <remarks>
/// Temporary tables live in a file (<c>temp_store = FILE</c>, behind their own small cache): the relationships an import
/// gathers (<see cref="StagedRelationships"/>) then take disk, not memory, so an import's memory stays bounded by the
/// page cache whatever the file's size. (With MEMORY, temporary tables and sorts had no bound at all; now a sort larger
/// than the page cache spills to temporary files.)
/// The import also commits with <c>synchronous = NORMAL</c>: in WAL mode that skips the fsync of the WAL at the commit
/// (the WAL is synced before each checkpoint instead). The database stays consistent whatever happens: a killed process
/// loses nothing that committed and leaves an unfinished import rolled back; a power failure may lose the import's
/// committed transaction, never corrupt the file. Only the import's connection commits this way, and only until it
/// returns to the pool.
/// Its commit runs no automatic checkpoint (<c>wal_autocheckpoint = 0</c>): SQLite would otherwise copy the whole import
/// from the WAL into the database file, with an fsync of each, inside the commit the caller waits for. The store
/// checkpoints once the import has answered instead (<see cref="BackgroundCheckpoint"/>); until then readers find the
/// import's pages in the WAL, and a crash before it loses nothing (the WAL is replayed when the file is next opened).
/// </remarks>
internal sealed class BulkLoadSettings
{
    /// <summary>The page cache of an import, in KiB (a negative cache_size is KiB): a bound, not an allocation.</summary>
    public const int CacheKiB = 256 * 1024;

    /// <summary>The <c>synchronous</c> level of an import's connection: NORMAL.</summary>
    public const int Synchronous = 1;

    private readonly long _cacheSize;
    private readonly long _tempStore;
    private readonly long _synchronous;
    private readonly long _autoCheckpoint;

    private BulkLoadSettings(long cacheSize, long tempStore, long synchronous, long autoCheckpoint) =>
        (_cacheSize, _tempStore, _synchronous, _autoCheckpoint) = (cacheSize, tempStore, synchronous, autoCheckpoint);

    public static async Task<BulkLoadSettings> ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var settings = new BulkLoadSettings(
            await ScalarAsync(connection, "PRAGMA cache_size", cancellationToken),
            await ScalarAsync(connection, "PRAGMA temp_store", cancellationToken),
            await ScalarAsync(connection, "PRAGMA synchronous", cancellationToken),
            await ScalarAsync(connection, "PRAGMA wal_autocheckpoint", cancellationToken));
        await ExecuteAsync(
            connection,
            string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {-CacheKiB}; PRAGMA temp_store = FILE; PRAGMA synchronous = {Synchronous}; PRAGMA wal_autocheckpoint = 0;"),
            cancellationToken);
        return settings;
    }

    /// <summary>Puts the pooled connection's settings back as they were (outside any transaction).</summary>
    public Task RestoreAsync(SqliteConnection connection) =>
        ExecuteAsync(
            connection,
            string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {_cacheSize}; PRAGMA temp_store = {_tempStore}; PRAGMA synchronous = {_synchronous}; PRAGMA wal_autocheckpoint = {_autoCheckpoint};"),
            CancellationToken.None);

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
