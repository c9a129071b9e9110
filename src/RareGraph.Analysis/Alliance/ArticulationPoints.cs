namespace RareGraph.Analysis.Alliance;

/// <summary>The articulation points (cut vertices) of an undirected graph: the nodes whose removal splits a component.</summary>
/// <remarks>
/// Hopcroft &amp; Tarjan, "Algorithm 447: efficient algorithms for graph manipulation", CACM 16(6), 1973. A depth-first
/// search records each node's discovery time and its low-link (the earliest discovery time reachable through its DFS
/// subtree and one back edge). A non-root node u is a cut vertex when some DFS child c has <c>low[c] ≥ disc[u]</c>; a root
/// is one when it has two or more DFS children. The search keeps an explicit stack of (node, next neighbour index)
/// instead of recursing, so a long chain of a million nodes cannot overflow the thread's stack. The graph is simple, so
/// the parent edge is recognised by the parent node.
/// </remarks>
internal static class ArticulationPoints
{
    public static bool[] Compute(AllianceGraph graph, WorkBudget budget)
    {
        var n = graph.NodeCount;
        var offsets = graph.Offsets;
        var neighbours = graph.NeighbourArray;
        var isCut = new bool[n];
        var discovered = new int[n];
        var low = new int[n];
        var parent = new int[n];
        var nextEdge = new int[n];
        var stack = new int[n];
        var clock = 0;

        for (var root = 0; root < n; root++)
        {
            if (discovered[root] != 0)
            {
                continue;
            }

            // Discovery times start at 1 so that 0 means "not yet discovered".
            discovered[root] = low[root] = ++clock;
            parent[root] = -1;
            nextEdge[root] = offsets[root];
            var depth = 0;
            stack[depth++] = root;
            var rootChildren = 0;

            while (depth > 0)
            {
                var u = stack[depth - 1];
                if (nextEdge[u] < offsets[u + 1])
                {
                    var w = neighbours[nextEdge[u]++];
                    if (discovered[w] == 0)
                    {
                        parent[w] = u;
                        discovered[w] = low[w] = ++clock;
                        nextEdge[w] = offsets[w];
                        stack[depth++] = w;
                        if (u == root)
                        {
                            rootChildren++;
                        }
                    }
                    else if (w != parent[u])
                    {
                        low[u] = Math.Min(low[u], discovered[w]);
                    }

                    continue;
                }

                depth--;
                var p = parent[u];
                if (p >= 0)
                {
                    low[p] = Math.Min(low[p], low[u]);
                    if (p != root && low[u] >= discovered[p])
                    {
                        isCut[p] = true;
                    }
                }
            }

            isCut[root] = rootChildren > 1;
        }

        budget.Charge(n + neighbours.Length);
        return isCut;
    }
}
