using System.Diagnostics.CodeAnalysis;

namespace RareGraph.Storage.Neo4j;

/// <summary>
/// How to reach Neo4j over its HTTP Query API. Bound from the configuration section <see cref="SectionName"/>
/// (<c>RareGraph:Neo4j:Uri</c>, <c>:Database</c>, <c>:User</c>, <c>:Password</c>, …).
/// </summary>
public sealed class Neo4jStoreOptions
{
    public const string SectionName = "RareGraph:Neo4j";

    /// <summary>The HTTP(S) base address of the server, such as <c>http://localhost:7474</c> (not a bolt:// address).</summary>
    public Uri Uri { get; set; } = new("http://localhost:7474");

    public string Database { get; set; } = "neo4j";

    /// <summary>User for basic authentication; ignored when <see cref="BearerToken"/> is set.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>An SSO/OIDC token, sent as <c>Bearer base64(token)</c>; only servers configured for SSO accept it.</summary>
    public string? BearerToken { get; set; }

    /// <summary>How long one HTTP request may take before it is abandoned and counted as a transient failure.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a transient failure is retried before the store reports UNAVAILABLE.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first retry delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Most rows (removals, deletions, entities, relationships together) one write statement carries. A larger write
    /// is split into batches inside one explicit transaction, so request size and server memory stay bounded.
    /// </summary>
    public int WriteBatchSize { get; set; } = 5_000;

    /// <summary>Rows per request when streaming a scan.</summary>
    public int ScanBatchSize { get; set; } = 10_000;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the setting at fault.</summary>
    [SuppressMessage("Usage", "MA0015", Justification = "Each message names the configuration key at fault; Validate has no parameter to name.")]
    public void Validate()
    {
        if (!Uri.IsAbsoluteUri || (!string.Equals(Uri.Scheme, "http", StringComparison.Ordinal) && !string.Equals(Uri.Scheme, "https", StringComparison.Ordinal)))
        {
            throw new ArgumentException("RareGraph:Neo4j:Uri must be an absolute http:// or https:// address (the Query API is HTTP, not bolt).");
        }

        if (string.IsNullOrWhiteSpace(Database))
        {
            throw new ArgumentException("RareGraph:Neo4j:Database must name a database.");
        }

        if (WriteBatchSize < 1 || ScanBatchSize < 1 || MaxRetries < 0)
        {
            throw new ArgumentException("RareGraph:Neo4j batch sizes must be positive and MaxRetries not negative.");
        }
    }
}
