namespace RareGraph.Server.Configuration;

/// <summary>
/// The host's own settings in the <c>RareGraph</c> section (environment variables use <c>RareGraph__Store</c> and so on).
/// Each adapter binds its own section (<c>RareGraph:Sqlite</c>, <c>RareGraph:Neo4j</c>, <c>RareGraph:Redis</c>, <c>RareGraph:Limits</c>…).
/// </summary>
public sealed class RareGraphOptions
{
    public const string SectionName = "RareGraph";

    /// <summary>The key that chooses the store; read when the services are wired, before any options exist.</summary>
    public const string StoreKey = SectionName + ":Store";

    /// <summary><c>sqlite</c> (embedded, the default) or <c>neo4j</c>.</summary>
    public string Store { get; set; } = "sqlite";

    /// <summary>Load the demo data set into an empty store at start.</summary>
    public bool DemoData { get; set; } = true;
}
