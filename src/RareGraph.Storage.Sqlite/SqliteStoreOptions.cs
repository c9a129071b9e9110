namespace RareGraph.Storage.Sqlite;

/// <summary>Where the embedded store keeps its file and how patiently it waits for locks.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The database file; its directory is created when missing.</summary>
    public string Path { get; set; } = "data/raregraph.db";

    /// <summary>How long a statement waits for a lock held by another connection before failing as UNAVAILABLE.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
