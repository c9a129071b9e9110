namespace RareGraph.Analysis.Spillover;

/// <summary>
/// The calling thread's working arrays for ordering an impact report. A whole-graph report lists a few hundred thousand
/// entries, so allocating these per query put several large-object-heap arrays (and gen-2 collections) on every call.
/// </summary>
internal sealed class ReportScratch
{
    [ThreadStatic]
    private static ReportScratch? t_cached;

    private ReportScratch(int capacity)
    {
        Scores = new double[capacity];
        Hops = new int[capacity];
        Nodes = new int[capacity];
        SortKeys = new ulong[capacity];
        Order = new int[capacity];
        KeyBuffer = new ulong[capacity];
        OrderBuffer = new int[capacity];
    }

    public double[] Scores { get; }
    public int[] Hops { get; }
    public int[] Nodes { get; }
    public ulong[] SortKeys { get; }
    public int[] Order { get; }
    public ulong[] KeyBuffer { get; }
    public int[] OrderBuffer { get; }

    /// <summary>The calling thread's scratch, with room for at least <paramref name="capacity"/> entries.</summary>
    public static ReportScratch Rent(int capacity)
    {
        var scratch = t_cached;
        if (scratch is null || scratch.Scores.Length < capacity)
        {
            scratch = new ReportScratch(Math.Max(capacity, scratch is null ? 16 : scratch.Scores.Length * 2));
            t_cached = scratch;
        }

        return scratch;
    }
}
