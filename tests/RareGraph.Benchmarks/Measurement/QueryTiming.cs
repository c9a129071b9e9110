using System.Diagnostics;
using RareGraph.Benchmarks.Baselines;

namespace RareGraph.Benchmarks.Measurement;

/// <summary>Times one engine over a list of impact queries after a warm-up on the first few.</summary>
internal static class QueryTiming
{
    public static (Latencies Latencies, long Touched) Run(IReadOnlyList<ImpactQuery> queries, Func<ImpactQuery, long> answer, int warmUp)
    {
        foreach (var query in queries.Take(warmUp))
        {
            answer(query);
        }

        var latencies = new Latencies();
        var touched = 0L;
        foreach (var query in queries)
        {
            var processor = ThreadProcessorTime.Read();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            touched += answer(query);
            latencies.Add(Stopwatch.GetElapsedTime(started));
            var allocatedAfter = GC.GetAllocatedBytesForCurrentThread();
            if (ThreadProcessorTime.IsAvailable)
            {
                latencies.AddCost(TimeSpan.FromTicks((ThreadProcessorTime.Read() - processor) / 100), allocatedAfter - allocated);
            }
        }

        return (latencies, touched);
    }

    /// <summary>Whether two answers reach the same nodes with the same scores (to 1e-9); a description of the first difference.</summary>
    public static string? Disagreement(ImpactAnswer expected, ImpactAnswer actual)
    {
        if (expected.Scores.Count != actual.Scores.Count)
        {
            return $"{expected.Scores.Count} nodes reached versus {actual.Scores.Count}";
        }

        foreach (var (node, score) in expected.Scores)
        {
            if (!actual.Scores.TryGetValue(node, out var other) || Math.Abs(other - score) > 1e-9)
            {
                return $"node {node}: {score} versus {(actual.Scores.ContainsKey(node) ? other : double.NaN)}";
            }
        }

        return null;
    }
}
