namespace RareGraph.Server.Observability;

/// <summary>The <c>RareGraph:Metrics</c> section: who may scrape <c>/metrics</c>.</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "RareGraph:Metrics";

    /// <summary>
    /// The least role (VIEWER, ANALYST, EDITOR, ADMIN) a caller must sign in with to read <c>/metrics</c>; unset, the
    /// endpoint is open, for a scraper on a private network. Metrics carry operation names and error codes, never values.
    /// </summary>
    public string? RequireRole { get; set; }
}
