namespace RareGraph.Analysis.Spillover;

/// <summary>
/// The organisations of one impact report in no particular order: node, score and hops of each, in the first
/// <see cref="Count"/> elements of the arrays (which may be longer).
/// </summary>
internal sealed class ReportEntries
{
    public ReportEntries(int[] nodes, double[] scores, int[] hops)
        : this(nodes, scores, hops, nodes.Length)
    {
    }

    public ReportEntries(int[] nodes, double[] scores, int[] hops, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Math.Min(nodes.Length, Math.Min(scores.Length, hops.Length)));
        Nodes = nodes;
        Scores = scores;
        Hops = hops;
        Count = count;
    }

    public int Count { get; }

    public int[] Nodes { get; }

    public double[] Scores { get; }

    public int[] Hops { get; }
}
