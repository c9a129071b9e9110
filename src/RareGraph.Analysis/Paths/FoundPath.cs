namespace RareGraph.Analysis.Paths;

/// <summary>A path as node ids and arcs, with its score as the product of step factors in walk order.</summary>
internal sealed record FoundPath(int[] Nodes, int[] Arcs, double Score)
{
    public int Hops => Arcs.Length;

    public static FoundPath Join(FoundPath root, int rootLength, FoundPath spur, ArcFilter filter)
    {
        var nodes = new int[rootLength + spur.Nodes.Length];
        var arcs = new int[rootLength + spur.Arcs.Length];
        Array.Copy(root.Nodes, nodes, rootLength);
        Array.Copy(spur.Nodes, 0, nodes, rootLength, spur.Nodes.Length);
        Array.Copy(root.Arcs, arcs, rootLength);
        Array.Copy(spur.Arcs, 0, arcs, rootLength, spur.Arcs.Length);
        return new FoundPath(nodes, arcs, ScoreOf(arcs, filter));
    }

    public static double ScoreOf(int[] arcs, ArcFilter filter)
    {
        var score = 1.0;
        foreach (var arc in arcs)
        {
            score *= filter.Factor(arc);
        }

        return score;
    }

    public bool SameArcs(FoundPath other) => Arcs.AsSpan().SequenceEqual(other.Arcs);

    /// <summary>Whether this path starts with the first <paramref name="length"/> arcs of <paramref name="other"/>.</summary>
    public bool SharesRoot(FoundPath other, int length) =>
        Arcs.Length > length && Nodes[0] == other.Nodes[0] && Arcs.AsSpan(0, length).SequenceEqual(other.Arcs.AsSpan(0, length));
}
