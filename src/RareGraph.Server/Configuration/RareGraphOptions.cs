namespace RareGraph.Server.Configuration;

/// <summary>The <c>RareGraph</c> configuration section (environment variables use <c>RareGraph__Store</c> and so on).</summary>
public sealed class RareGraphOptions
{
    public const string SectionName = "RareGraph";

    /// <summary><c>sqlite</c> (embedded, the default) or <c>neo4j</c>.</summary>
    public string Store { get; set; } = "sqlite";

    /// <summary>Load the demo data set into an empty store at start.</summary>
    public bool DemoData { get; set; } = true;

    public SqliteSection Sqlite { get; set; } = new();

    /// <summary>Redis connection string; unset = in-process cache.</summary>
    public string? Redis { get; set; }

    public sealed class SqliteSection
    {
        public string Path { get; set; } = "data/raregraph.db";
    }
}
