namespace RareGraph.Analysis.Alliance;

/// <summary>
/// One level of Louvain's hierarchy: a weighted undirected graph in CSR form whose nodes are the communities of the
/// level below. Edges inside a community are folded into <see cref="NodeWeight"/> rather than kept as self-loops: the
/// modularity gain of a move never needs them.
/// </summary>
internal sealed class LouvainLevel
{
    public LouvainLevel(int[] offsets, int[] targets, double[] weights, double[] nodeWeight)
    {
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
        NodeWeight = nodeWeight;
    }

    public int NodeCount => NodeWeight.Length;

    public int[] Offsets { get; }

    public int[] Targets { get; }

    public double[] Weights { get; }

    /// <summary>The weighted degree of each node, internal edges counted twice: its share of the 2m total.</summary>
    public double[] NodeWeight { get; }

    public static LouvainLevel FromGraph(AllianceGraph graph)
    {
        var weights = new double[graph.NeighbourArray.Length];
        Array.Fill(weights, 1.0);
        var nodeWeight = new double[graph.NodeCount];
        for (var v = 0; v < nodeWeight.Length; v++)
        {
            nodeWeight[v] = graph.Degree(v);
        }

        return new LouvainLevel(graph.Offsets, graph.NeighbourArray, weights, nodeWeight);
    }

    /// <summary>The level above: one node per community, joined by the summed weights of the edges between them.</summary>
    public LouvainLevel Aggregate(int[] communityOf, int communityCount)
    {
        var memberOffsets = new int[communityCount + 1];
        foreach (var c in communityOf)
        {
            memberOffsets[c + 1]++;
        }

        for (var c = 0; c < communityCount; c++)
        {
            memberOffsets[c + 1] += memberOffsets[c];
        }

        var members = new int[NodeCount];
        var fill = memberOffsets[..communityCount];
        for (var v = 0; v < NodeCount; v++)
        {
            members[fill[communityOf[v]]++] = v;
        }

        var nodeWeight = new double[communityCount];
        var offsets = new int[communityCount + 1];
        var targets = new List<int>();
        var weights = new List<double>();
        var accumulated = new double[communityCount];
        var touched = new List<int>();
        for (var c = 0; c < communityCount; c++)
        {
            for (var m = memberOffsets[c]; m < memberOffsets[c + 1]; m++)
            {
                var v = members[m];
                nodeWeight[c] += NodeWeight[v];
                for (var e = Offsets[v]; e < Offsets[v + 1]; e++)
                {
                    var d = communityOf[Targets[e]];
                    if (d == c)
                    {
                        continue;
                    }

                    if (accumulated[d] == 0)
                    {
                        touched.Add(d);
                    }

                    accumulated[d] += Weights[e];
                }
            }

            touched.Sort();
            foreach (var d in touched)
            {
                targets.Add(d);
                weights.Add(accumulated[d]);
                accumulated[d] = 0;
            }

            touched.Clear();
            offsets[c + 1] = targets.Count;
        }

        return new LouvainLevel(offsets, [.. targets], [.. weights], nodeWeight);
    }
}
