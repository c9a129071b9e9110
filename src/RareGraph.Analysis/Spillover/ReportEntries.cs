namespace RareGraph.Analysis.Spillover;

/// <summary>The organisations of one impact report in no particular order: node, score, hops and newest event of each.</summary>
internal sealed class ReportEntries
{
    public ReportEntries(int[] nodes, double[] scores, int[] hops, int[] events)
    {
        Nodes = nodes;
        Scores = scores;
        Hops = hops;
        Events = events;
    }

    public int Count => Nodes.Length;

    public int[] Nodes { get; }

    public double[] Scores { get; }

    public int[] Hops { get; }

    public int[] Events { get; }
}
