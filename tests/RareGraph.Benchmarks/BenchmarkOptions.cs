using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace RareGraph.Benchmarks;

/// <summary>Command-line options; see <c>docs/benchmarks.md</c>.</summary>
internal sealed record BenchmarkOptions
{
    /// <summary>Relationships in the generated graph.</summary>
    public int Edges { get; init; } = 1_000_000;

    /// <summary>Timed impact queries per engine (after the warm-up).</summary>
    public int Queries { get; init; } = 50;

    /// <summary>The largest graph the SQLite recursive CTE is run on; it is exponential in the hop count, so it gets its own scale.</summary>
    public int SqlEdges { get; init; } = 10_000;

    /// <summary>Timed CTE queries: each enumerates millions of walks, so few are affordable.</summary>
    public int SqlQueries { get; init; } = 10;

    public int Seed { get; init; } = 20_261_124;

    /// <summary>Relationships in the graph the import part writes as files and imports.</summary>
    public int ImportEdges { get; init; } = 1_000_000;

    /// <summary>Which parts run: <c>impact</c>, <c>analytics</c>, <c>http</c>, <c>import</c>.</summary>
    public IReadOnlySet<string> Parts { get; init; } = new HashSet<string>(AllParts, StringComparer.Ordinal);

    /// <summary>Seconds of load per side and round in the HTTP part.</summary>
    public int HttpSeconds { get; init; } = 5;

    /// <summary>Rounds of the HTTP throughput phases.</summary>
    public int HttpRounds { get; init; } = 3;

    /// <summary>Concurrent keep-alive connections of the HTTP load client.</summary>
    public int Connections { get; init; } = 32;

    /// <summary>Timed impact queries over HTTP (after five warm-up queries).</summary>
    public int HttpQueries { get; init; } = 50;

    private static readonly string[] AllParts = ["impact", "analytics", "http", "import"];

    public bool Quick { get; init; }

    [SuppressMessage("Usage", "MA0015", Justification = "The message names the command-line option at fault, which says more than the parameter name.")]
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--quick" => options with { Quick = true, Edges = 10_000, Queries = 30, SqlEdges = 5_000, SqlQueries = 3, HttpSeconds = 1, HttpRounds = 1, HttpQueries = 5, ImportEdges = 10_000 },
                "--only" => options with { Parts = PartsOf(args, ++i) },
                "--http-seconds" => options with { HttpSeconds = Number(args, ++i) },
                "--http-rounds" => options with { HttpRounds = Number(args, ++i) },
                "--connections" => options with { Connections = Number(args, ++i) },
                "--http-queries" => options with { HttpQueries = Number(args, ++i) },
                "--edges" => options with { Edges = Number(args, ++i) },
                "--import-edges" => options with { ImportEdges = Number(args, ++i) },
                "--queries" => options with { Queries = Number(args, ++i) },
                "--sql-edges" => options with { SqlEdges = Number(args, ++i) },
                "--sql-queries" => options with { SqlQueries = Number(args, ++i) },
                "--seed" => options with { Seed = Number(args, ++i) },
                _ => throw new ArgumentException(
                    $"Unknown option '{args[i]}'. Options: --edges N, --queries N, --sql-edges N, --sql-queries N, --seed N, --quick, " +
                    "--only impact,analytics,http,import, --import-edges N, --http-seconds N, --http-rounds N, --connections N, --http-queries N."),
            };
        }

        return options;
    }

    [SuppressMessage("Usage", "MA0015", Justification = "The message names the command-line option at fault, which says more than the parameter name.")]
    private static HashSet<string> PartsOf(IReadOnlyList<string> args, int index)
    {
        var parts = index < args.Count ? args[index].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        return parts.Length > 0 && parts.All(p => AllParts.Contains(p, StringComparer.Ordinal))
            ? new HashSet<string>(parts, StringComparer.Ordinal)
            : throw new ArgumentException($"Option '--only' takes a comma-separated list of {string.Join(", ", AllParts)}.");
    }

    [SuppressMessage("Usage", "MA0015", Justification = "The message names the command-line option at fault, which says more than the parameter name.")]
    private static int Number(IReadOnlyList<string> args, int index) =>
        index < args.Count ? int.Parse(args[index].Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)
            : throw new ArgumentException($"Option '{args[index - 1]}' needs a number.");
}
