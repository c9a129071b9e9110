namespace RareGraph.Analysis.Alliance;

/// <summary>PageRank of every node of an undirected alliance graph, by power iteration.</summary>
/// <remarks>
/// Brin &amp; Page, "The anatomy of a large-scale hypertextual Web search engine" (1998). The formulation is networkx's
/// <c>pagerank</c> on an undirected graph (each edge walked both ways, weight 1): the iterate starts uniform at 1/N,
/// teleportation is uniform, and the mass of dangling nodes (isolated nodes, degree 0) is spread uniformly over all nodes,
/// so the scores always sum to 1. Iteration stops when the L1 change between two iterates is below <c>N * tolerance</c>,
/// or after the maximum number of iterations, whichever comes first.
/// </remarks>
internal static class PageRank
{
    /// <summary>The scores, and how many iterations produced them.</summary>
    public static (double[] Scores, int Iterations) Compute(
        AllianceGraph graph, double damping, double tolerance, int maxIterations, WorkBudget budget)
    {
        var n = graph.NodeCount;
        if (n == 0)
        {
            return ([], 0);
        }

        var offsets = graph.Offsets;
        var neighbours = graph.NeighbourArray;
        var current = new double[n];
        var next = new double[n];
        var share = new double[n];
        Array.Fill(current, 1.0 / n);

        var iterations = 0;
        while (iterations < maxIterations)
        {
            iterations++;
            var danglingMass = 0.0;
            for (var v = 0; v < n; v++)
            {
                var degree = offsets[v + 1] - offsets[v];
                if (degree == 0)
                {
                    danglingMass += current[v];
                    share[v] = 0;
                }
                else
                {
                    share[v] = current[v] / degree;
                }
            }

            // On an undirected graph a node's in-neighbours are its neighbours, so a pull over the CSR row is exact and
            // needs no transposed copy.
            var baseline = ((1.0 - damping) + (damping * danglingMass)) / n;
            var change = 0.0;
            for (var v = 0; v < n; v++)
            {
                var sum = 0.0;
                for (var e = offsets[v]; e < offsets[v + 1]; e++)
                {
                    sum += share[neighbours[e]];
                }

                var value = baseline + (damping * sum);
                change += Math.Abs(value - current[v]);
                next[v] = value;
            }

            (current, next) = (next, current);
            budget.Charge(n + neighbours.Length);
            if (change < n * tolerance)
            {
                break;
            }
        }

        return (current, iterations);
    }
}
