using System.Globalization;
using Microsoft.Data.Sqlite;

namespace RareGraph.Storage.Sqlite;

/// <summary>
/// The connection settings of a bulk import, applied before its transaction and put back before the connection returns
/// to the pool. SQLite's default page cache (2 MB) is far smaller than the pages one large transaction keeps dirty, so
/// without a larger one it spills pages to the WAL mid-import and reads them back; the index builds at the end sort in
/// memory instead of in temporary files.
/// </summary>
internal sealed class BulkLoadSettings
{
    /// <summary>The page cache of an import, in KiB (a negative cache_size is KiB): a bound, not an allocation.</summary>
    public const int CacheKiB = 256 * 1024;

    private readonly long _cacheSize;
    private readonly long _tempStore;

    private BulkLoadSettings(long cacheSize, long tempStore) => (_cacheSize, _tempStore) = (cacheSize, tempStore);

    public static async Task<BulkLoadSettings> ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var settings = new BulkLoadSettings(
            await ScalarAsync(connection, "PRAGMA cache_size", cancellationToken),
            await ScalarAsync(connection, "PRAGMA temp_store", cancellationToken));
        await ExecuteAsync(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {-CacheKiB}; PRAGMA temp_store = MEMORY;"), cancellationToken);
        return settings;
    }

    /// <summary>Puts the pooled connection's settings back as they were (outside any transaction).</summary>
    public Task RestoreAsync(SqliteConnection connection) =>
        ExecuteAsync(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {_cacheSize}; PRAGMA temp_store = {_tempStore};"), CancellationToken.None);

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
