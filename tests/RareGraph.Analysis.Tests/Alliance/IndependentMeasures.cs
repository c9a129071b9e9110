using RareGraph.Analysis.Alliance;

namespace RareGraph.Analysis.Tests.Alliance;

/// <summary>
/// Slow, obviously-correct references the fast algorithms are checked against: every shortest path enumerated one by one,
/// PageRank solved as a dense linear system, cut vertices found by deleting each node in turn.
/// </summary>
internal static class IndependentMeasures
{
    /// <summary>Betweenness from the definition: for each unordered pair, the share of its shortest paths through v.</summary>
    public static double[] BetweennessByEnumeration(AllianceGraph graph)
    {
        var n = graph.NodeCount;
        var result = new double[n];
        for (var s = 0; s < n; s++)
        {
            var distance = Distances(graph, s);
            for (var t = s + 1; t < n; t++)
            {
                if (distance[t] < 0)
                {
                    continue;
                }

                var paths = new List<int[]>();
                Enumerate(graph, distance, t, [t], paths);
                var through = new int[n];
                foreach (var path in paths)
                {
                    foreach (var v in path.Where(v => v != s && v != t))
                    {
                        through[v]++;
                    }
                }

                for (var v = 0; v < n; v++)
                {
                    result[v] += (double)through[v] / paths.Count;
                }
            }
        }

        var scale = n > 2 ? 2.0 / ((n - 1.0) * (n - 2.0)) : 1.0;
        return result.Select(b => b * scale).ToArray();
    }

    /// <summary>
    /// Solves x = d·Pᵀx + d·(dangling mass)/N + (1 − d)/N exactly: (I − d·Pᵀ − (d/N)·1·δᵀ) x = (1 − d)/N · 1, by Gaussian
    /// elimination with partial pivoting.
    /// </summary>
    public static double[] PageRankBySolving(AllianceGraph graph, double damping)
    {
        var n = graph.NodeCount;
        var a = new double[n, n + 1];
        for (var i = 0; i < n; i++)
        {
            a[i, i] = 1.0;
            a[i, n] = (1.0 - damping) / n;
        }

        for (var j = 0; j < n; j++)
        {
            var degree = graph.Degree(j);
            if (degree == 0)
            {
                for (var i = 0; i < n; i++)
                {
                    a[i, j] -= damping / n;
                }

                continue;
            }

            foreach (var i in graph.Neighbours(j))
            {
                a[i, j] -= damping / degree;
            }
        }

        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(a[row, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = row;
                }
            }

            for (var k = 0; k <= n; k++)
            {
                (a[col, k], a[pivot, k]) = (a[pivot, k], a[col, k]);
            }

            for (var row = 0; row < n; row++)
            {
                if (row == col)
                {
                    continue;
                }

                var factor = a[row, col] / a[col, col];
                for (var k = col; k <= n; k++)
                {
                    a[row, k] -= factor * a[col, k];
                }
            }
        }

        return Enumerable.Range(0, n).Select(i => a[i, n] / a[i, i]).ToArray();
    }

    /// <summary>v is a cut vertex when deleting it leaves more components than the graph had.</summary>
    public static bool[] CutVerticesByDeletion(AllianceGraph graph)
    {
        var before = ComponentCount(graph, removed: -1);
        return Enumerable.Range(0, graph.NodeCount)
            .Select(v => ComponentCount(graph, removed: v) > before - (graph.Degree(v) == 0 ? 1 : 0))
            .ToArray();
    }

    public static int ComponentCount(AllianceGraph graph, int removed)
    {
        var seen = new bool[graph.NodeCount];
        var count = 0;
        for (var start = 0; start < graph.NodeCount; start++)
        {
            if (start == removed || seen[start])
            {
                continue;
            }

            count++;
            var stack = new Stack<int>([start]);
            seen[start] = true;
            while (stack.Count > 0)
            {
                foreach (var w in graph.Neighbours(stack.Pop()))
                {
                    if (w != removed && !seen[w])
                    {
                        seen[w] = true;
                        stack.Push(w);
                    }
                }
            }
        }

        return count;
    }

    private static int[] Distances(AllianceGraph graph, int source)
    {
        var distance = Enumerable.Repeat(-1, graph.NodeCount).ToArray();
        distance[source] = 0;
        var queue = new Queue<int>([source]);
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            foreach (var w in graph.Neighbours(v))
            {
                if (distance[w] < 0)
                {
                    distance[w] = distance[v] + 1;
                    queue.Enqueue(w);
                }
            }
        }

        return distance;
    }

    /// <summary>Walks back from the path's head towards the source, one distance level at a time.</summary>
    private static void Enumerate(AllianceGraph graph, int[] distance, int head, List<int> path, List<int[]> paths)
    {
        if (distance[head] == 0)
        {
            paths.Add([.. path]);
            return;
        }

        foreach (var w in graph.Neighbours(head))
        {
            if (distance[w] == distance[head] - 1)
            {
                path.Add(w);
                Enumerate(graph, distance, w, path, paths);
                path.RemoveAt(path.Count - 1);
            }
        }
    }
}
