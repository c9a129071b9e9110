namespace RareGraph.Storage.Sqlite;

/// <summary>
/// A version SQLite answered, with the WAL-index header and the count of this process's writes it was read under
/// (<see cref="SqliteVersionReader"/>): it stands while both read the same.
/// </summary>
internal sealed class KnownVersion(WalHeaderSnapshot header, long localWrites, Task<long> answer, WalIndexHeader map)
{
    public WalHeaderSnapshot Header => header;

    public long LocalWrites => localWrites;

    public Task<long> Answer => answer;

    /// <summary>True while no write of this process and no commit by anyone has happened since the read.</summary>
    public bool StillHolds(WalIndexHeader? current, long currentLocalWrites) =>
        ReferenceEquals(current, map)
        && currentLocalWrites == localWrites
        && current.TryRead(out var now)
        && now == header;
}
