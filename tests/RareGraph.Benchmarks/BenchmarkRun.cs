using System.Diagnostics;
using System.Runtime.InteropServices;
using RareGraph.Benchmarks.Baselines;
using RareGraph.Benchmarks.Generation;
using RareGraph.Benchmarks.Measurement;

namespace RareGraph.Benchmarks;

/// <summary>Runs every measurement in one process and prints one markdown table.</summary>
public static class BenchmarkRun
{
    /// <summary>Entry point shared by the console and by a smoke test (<c>--quick</c>); returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var options = BenchmarkOptions.Parse(args);
        var table = new ResultTable();
        var log = output;
        log.WriteLine($"# RareGraph benchmarks — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        log.WriteLine($"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} logical cores, " +
                      $"args: {(args.Count == 0 ? "(defaults)" : string.Join(' ', args))}");

        if (options.Parts.Overlaps(["impact", "analytics", "http"]))
        {
            RunOnGeneratedGraph(options, table, log);
        }

        // Last and on its own graph: its peak working set is read with nothing else of the run left in memory.
        if (options.Parts.Contains("import"))
        {
            new Import.ImportBenchmark(options, table, log).Run();
        }

        log.WriteLine();
        log.Write(table.ToMarkdown());
        return 0;
    }

    private static void RunOnGeneratedGraph(BenchmarkOptions options, ResultTable table, TextWriter log)
    {
        var generation = Stopwatch.StartNew();
        var graph = new SyntheticGraphGenerator(options.Seed).Generate(options.Edges);
        log.WriteLine($"generated {graph.Entities.Count:N0} entities and {graph.Relationships.Count:N0} relationships in {generation.ElapsedMilliseconds} ms");

        if (options.Parts.Contains("impact") || options.Parts.Contains("analytics"))
        {
            var engine = EngineFactory.Create(graph, table, log);
            if (options.Parts.Contains("impact"))
            {
                new ImpactBenchmark(options, table, log).Run(graph, engine);
            }

            if (options.Parts.Contains("analytics"))
            {
                new AnalyticsBenchmark(options, table).Run(graph, engine.Projection);
            }
        }

        if (options.Parts.Contains("http"))
        {
            new Http.HttpBenchmark(options, table, log).Run(graph);
        }
    }
}
