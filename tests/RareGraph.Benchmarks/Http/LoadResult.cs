namespace RareGraph.Benchmarks.Http;

/// <summary>
/// What one load phase achieved: good responses, bad ones (wrong status or body), how long it ran, and the processor
/// time the whole process (server, client and runtime) spent meanwhile.
/// </summary>
internal sealed record LoadResult(long Good, long Bad, TimeSpan Elapsed)
{
    public double PerSecond => Good / Elapsed.TotalSeconds;

    /// <summary>Processor-seconds the process spent during the phase; 0 until measured.</summary>
    public double ProcessorSeconds { get; init; }
}
