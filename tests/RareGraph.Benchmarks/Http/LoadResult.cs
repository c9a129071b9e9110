namespace RareGraph.Benchmarks.Http;

/// <summary>What one load phase achieved: good responses, bad ones (wrong status or body), and how long it ran.</summary>
internal sealed record LoadResult(long Good, long Bad, TimeSpan Elapsed)
{
    public double PerSecond => Good / Elapsed.TotalSeconds;
}
