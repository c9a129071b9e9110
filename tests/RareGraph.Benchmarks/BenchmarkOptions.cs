using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace RareGraph.Benchmarks;

/// <summary>Command-line options: <c>--edges N</c>, <c>--queries N</c>, <c>--sql-edges N</c>, <c>--sql-queries N</c>, <c>--seed N</c>, <c>--quick</c>.</summary>
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

    public bool Quick { get; init; }

    [SuppressMessage("Usage", "MA0015", Justification = "The message names the command-line option at fault, which says more than the parameter name.")]
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--quick" => options with { Quick = true, Edges = 10_000, Queries = 30, SqlEdges = 5_000, SqlQueries = 3 },
                "--edges" => options with { Edges = Number(args, ++i) },
                "--queries" => options with { Queries = Number(args, ++i) },
                "--sql-edges" => options with { SqlEdges = Number(args, ++i) },
                "--sql-queries" => options with { SqlQueries = Number(args, ++i) },
                "--seed" => options with { Seed = Number(args, ++i) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. Options: --edges N, --queries N, --sql-edges N, --sql-queries N, --seed N, --quick."),
            };
        }

        return options;
    }

    [SuppressMessage("Usage", "MA0015", Justification = "The message names the command-line option at fault, which says more than the parameter name.")]
    private static int Number(IReadOnlyList<string> args, int index) =>
        index < args.Count ? int.Parse(args[index].Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)
            : throw new ArgumentException($"Option '{args[index - 1]}' needs a number.");
}
