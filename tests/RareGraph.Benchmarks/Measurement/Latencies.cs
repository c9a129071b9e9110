namespace RareGraph.Benchmarks.Measurement;

/// <summary>Latency samples in milliseconds, with nearest-rank percentiles.</summary>
internal sealed class Latencies
{
    private readonly List<double> _samples = [];
    private readonly List<double> _processor = [];
    private readonly List<double> _allocated = [];

    public int Count => _samples.Count;

    /// <summary>The median processor time of the timing thread per sample, in milliseconds (NaN when unmeasured).</summary>
    public double ProcessorMedian => Median(_processor);

    /// <summary>The median bytes the timing thread allocated per sample (NaN when unmeasured).</summary>
    public double AllocatedMedian => Median(_allocated);

    /// <summary>What one sample cost its thread beside its wall-clock time: processor time and bytes allocated.</summary>
    public void AddCost(TimeSpan processor, long allocated)
    {
        _processor.Add(processor.TotalMilliseconds);
        _allocated.Add(allocated);
    }

    public double Total => _samples.Sum();

    public void Add(TimeSpan elapsed) => _samples.Add(elapsed.TotalMilliseconds);

    public double Percentile(double p)
    {
        if (_samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _samples.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static double Median(List<double> samples) =>
        samples.Count == 0 ? double.NaN : samples.Order().ElementAt((samples.Count - 1) / 2);
}
