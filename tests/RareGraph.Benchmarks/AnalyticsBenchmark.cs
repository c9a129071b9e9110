using System.Diagnostics;
using RareGraph.Analysis.Alliance;
using RareGraph.Analysis.Budget;
using RareGraph.Analysis.Paths;
using RareGraph.Analysis.Projection;
using RareGraph.Domain.Errors;
using RareGraph.Benchmarks.Generation;
using RareGraph.Benchmarks.Measurement;

namespace RareGraph.Benchmarks;

/// <summary>
/// PageRank on the alliance graph, the whole alliance analysis where Brandes' O(n·m) allows it, and k-shortest paths
/// between random organisation pairs.
/// </summary>
internal sealed class AnalyticsBenchmark(BenchmarkOptions options, ResultTable table)
{
    public void Run(SyntheticGraph graph, GraphProjection projection)
    {
        var extract = Stopwatch.StartNew();
        var alliance = AllianceGraph.FromProjection(projection, graph.At);
        table.Add("alliance graph extraction from the projection", ResultTable.Ms(extract.Elapsed.TotalMilliseconds), string.Empty,
            $"{alliance.NodeCount:N0} nodes, {alliance.EdgeCount:N0} edges valid at {graph.At:yyyy-MM-dd}; largest degree {Enumerable.Range(0, alliance.NodeCount).Max(alliance.Degree):N0}");

        var times = new Latencies();
        for (var run = 0; run < 6; run++)
        {
            var started = Stopwatch.GetTimestamp();
            PageRank.Compute(alliance, 0.85, tolerance: 0, maxIterations: 20, WorkBudget.Unlimited());
            if (run > 0)
            {
                times.Add(Stopwatch.GetElapsedTime(started));
            }
        }

        // Each undirected edge is two arcs the power iteration reads; "per 1M edges" scales to the goal's unit.
        var perMillion = times.Percentile(50) * 1_000_000.0 / Math.Max(1, alliance.EdgeCount);
        table.Add("PageRank, 20 iterations", ResultTable.Ms(times.Percentile(50)), "≤ 100 ms per 1M edges",
            $"{alliance.EdgeCount:N0} undirected alliance edges ({2L * alliance.EdgeCount:N0} arcs); {ResultTable.Ms(perMillion)} per 1M edges");

        var small = options.Quick ? graph : new SyntheticGraphGenerator(options.Seed).Generate(20_000);
        var smallAlliance = AllianceGraph.FromDomain(small.Entities, small.Relationships, small.At);
        var analysed = Stopwatch.StartNew();
        var report = AllianceAnalysis.Compute(smallAlliance, small.At, AllianceOptions.Default with { MaxDuration = null });
        table.Add("full alliance analysis (with betweenness)", ResultTable.Ms(analysed.Elapsed.TotalMilliseconds), string.Empty,
            $"{smallAlliance.NodeCount:N0} nodes, {smallAlliance.EdgeCount:N0} edges; {report.Communities.Count:N0} communities, Q = {report.Modularity:0.000}");

        RunPaths(graph, projection);
    }

    private void RunPaths(SyntheticGraph graph, GraphProjection projection)
    {
        var random = new Random(options.Seed + 2);
        var organisations = graph.Entities.Where(e => e.Key.StartsWith("org-", StringComparison.Ordinal)).Select(e => e.Key).ToArray();
        var pairs = Enumerable.Range(0, options.Quick ? 20 : 100)
            .Select(_ => (organisations[random.Next(organisations.Length)], organisations[random.Next(organisations.Length)]))
            .Where(p => p.Item1 != p.Item2)
            .ToList();
        var found = 0;
        var refused = 0;
        var times = new Latencies();
        foreach (var (index, (from, to)) in pairs.Index())
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                found += PathSearch.FindPaths(projection, new PathOptions(from, to) { K = 3 }, graph.At, new AnalysisBudget()).Count;
            }
            catch (RareGraphException error) when (error.Code == ErrorCodes.LimitExceeded)
            {
                refused++;
            }

            if (index >= 5)
            {
                times.Add(Stopwatch.GetElapsedTime(started));
            }
        }

        table.Add("paths k=3 (directed, maxHops 6)", ResultTable.Rate(times.Count / (times.Total / 1000.0)) + " queries",
            string.Empty, $"{times.Count} random organisation pairs; p50 {ResultTable.Ms(times.Percentile(50))}, p99 {ResultTable.Ms(times.Percentile(99))}; " +
            $"{found} paths found, {refused} refused by the default budget (LIMIT_EXCEEDED)");
    }
}
