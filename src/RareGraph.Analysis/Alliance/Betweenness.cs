namespace RareGraph.Analysis.Alliance;

/// <summary>Betweenness centrality of every node of an undirected alliance graph, normalised as networkx does.</summary>
/// <remarks>
/// Brandes, "A faster algorithm for betweenness centrality", Journal of Mathematical Sociology 25(2), 2001: one
/// breadth-first search per source counts shortest paths (sigma), then dependencies (delta) are accumulated in reverse BFS
/// order. Summing over every source counts each unordered pair {s, t} twice; networkx's
/// <c>betweenness_centrality(G, normalized=True)</c> then multiplies by <c>1 / ((n - 1)(n - 2))</c> on an undirected graph
/// (equivalently: pairs counted once, times <c>2 / ((n - 1)(n - 2))</c>) and leaves the values unscaled when n ≤ 2.
/// Endpoints are not counted. Cost: O(n·m) time, O(n + m) space.
/// </remarks>
internal static class Betweenness
{
    /// <summary>The steps Brandes' algorithm will take: one BFS over its component from every node.</summary>
    public static long EstimateWork(AllianceGraph graph, int[] componentOf, int componentCount)
    {
        var nodes = new long[componentCount];
        var arcs = new long[componentCount];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            nodes[componentOf[v]]++;
            arcs[componentOf[v]] += graph.Degree(v);
        }

        var total = 0L;
        for (var c = 0; c < componentCount; c++)
        {
            total += nodes[c] * (nodes[c] + (2 * arcs[c]));
        }

        return total;
    }

    public static double[] Compute(AllianceGraph graph, WorkBudget budget)
    {
        var n = graph.NodeCount;
        var offsets = graph.Offsets;
        var neighbours = graph.NeighbourArray;
        var centrality = new double[n];
        var sigma = new double[n];
        var delta = new double[n];
        var distance = new int[n];
        var order = new int[n];
        Array.Fill(distance, -1);

        for (var source = 0; source < n; source++)
        {
            if (offsets[source + 1] == offsets[source])
            {
                continue;
            }

            // BFS: 'order' doubles as the queue, and read back-to-front it is the non-increasing distance order the
            // accumulation needs. Predecessors are not stored: w is a predecessor of v exactly when distance[w] + 1 == distance[v].
            sigma[source] = 1;
            distance[source] = 0;
            order[0] = source;
            int head = 0, tail = 1;
            var arcs = 0L;
            while (head < tail)
            {
                var v = order[head++];
                var nextDistance = distance[v] + 1;
                for (var e = offsets[v]; e < offsets[v + 1]; e++)
                {
                    var w = neighbours[e];
                    if (distance[w] < 0)
                    {
                        distance[w] = nextDistance;
                        order[tail++] = w;
                    }

                    if (distance[w] == nextDistance)
                    {
                        sigma[w] += sigma[v];
                    }
                }

                arcs += offsets[v + 1] - offsets[v];
            }

            for (var i = tail - 1; i > 0; i--)
            {
                var w = order[i];
                var previousDistance = distance[w] - 1;
                var coefficient = (1.0 + delta[w]) / sigma[w];
                for (var e = offsets[w]; e < offsets[w + 1]; e++)
                {
                    var v = neighbours[e];
                    if (distance[v] == previousDistance)
                    {
                        delta[v] += sigma[v] * coefficient;
                    }
                }

                centrality[w] += delta[w];
            }

            for (var i = 0; i < tail; i++)
            {
                var v = order[i];
                sigma[v] = 0;
                delta[v] = 0;
                distance[v] = -1;
            }

            budget.Charge(tail + (2 * arcs));
        }

        if (n > 2)
        {
            var scale = 1.0 / ((double)(n - 1) * (n - 2));
            for (var v = 0; v < n; v++)
            {
                centrality[v] *= scale;
            }
        }

        return centrality;
    }
}
