namespace RareGraph.Analysis.Alliance;

/// <summary>Labels the connected components of an undirected graph by breadth-first search.</summary>
/// <remarks>
/// Components are numbered in the order of their smallest node id, which is their smallest key in ordinal order, so the
/// numbering does not depend on the input order. <see cref="AllianceAnalysis"/> renumbers them by size for the report.
/// </remarks>
internal static class ConnectedComponents
{
    public static (int[] ComponentOf, int Count) Compute(AllianceGraph graph, WorkBudget budget)
    {
        var n = graph.NodeCount;
        var offsets = graph.Offsets;
        var neighbours = graph.NeighbourArray;
        var componentOf = new int[n];
        Array.Fill(componentOf, -1);
        var queue = new int[n];
        var count = 0;

        for (var start = 0; start < n; start++)
        {
            if (componentOf[start] >= 0)
            {
                continue;
            }

            componentOf[start] = count;
            queue[0] = start;
            int head = 0, tail = 1;
            while (head < tail)
            {
                var v = queue[head++];
                for (var e = offsets[v]; e < offsets[v + 1]; e++)
                {
                    var w = neighbours[e];
                    if (componentOf[w] < 0)
                    {
                        componentOf[w] = count;
                        queue[tail++] = w;
                    }
                }
            }

            count++;
        }

        budget.Charge(n + neighbours.Length);
        return (componentOf, count);
    }
}
