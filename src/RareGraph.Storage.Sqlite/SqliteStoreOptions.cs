using System.ComponentModel.DataAnnotations;

namespace RareGraph.Storage.Sqlite;

/// <summary>Where the embedded store keeps its file and how patiently it waits for locks (<c>RareGraph:Sqlite</c>).</summary>
public sealed class SqliteStoreOptions
{
    public const string SectionName = "RareGraph:Sqlite";

    /// <summary>The database file; its directory is created when missing.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "RareGraph:Sqlite:Path must name the database file.")]
    public string Path { get; set; } = "data/raregraph.db";

    /// <summary>How long a statement waits for a lock held by another connection before failing as UNAVAILABLE.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "RareGraph:Sqlite:BusyTimeout must be between 00:00:00 and 01:00:00.")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
