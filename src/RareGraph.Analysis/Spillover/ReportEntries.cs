namespace RareGraph.Analysis.Spillover;

/// <summary>The organisations of one impact report in no particular order: node, score and hops of each.</summary>
internal sealed class ReportEntries
{
    public ReportEntries(int[] nodes, double[] scores, int[] hops)
    {
        Nodes = nodes;
        Scores = scores;
        Hops = hops;
    }

    public int Count => Nodes.Length;

    public int[] Nodes { get; }

    public double[] Scores { get; }

    public int[] Hops { get; }
}
