using RareGraph.Analysis.Budget;
using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Spillover;

namespace RareGraph.Analysis.Paths;

/// <summary>
/// The first path between two nodes in <see cref="PathOrder"/>, avoiding given nodes and arcs: fewest hops, then
/// highest score, then key order. Yen's algorithm calls it once per spur node.
/// </summary>
/// <remarks>
/// A breadth-first search backwards from the target labels each node with its distance to the target and stops as
/// soon as the source is labelled. Every shortest path then steps from distance d to d − 1, so the best one is a
/// memoised choice per node over that layered DAG: higher product first, ties (1e-12 relative) to the smaller next key.
/// Because the order compares a shared prefix first, the best suffix from each node is part of the best path.
/// </remarks>
internal sealed class ShortestSpur
{
    [ThreadStatic]
    private static ShortestSpur? t_cached;

    private GraphProjection _graph = null!;
    private ArcFilter _filter = null!;
    private BudgetMeter _meter = null!;
    private readonly int[] _distance;
    private readonly int[] _labelled;
    private readonly int[] _blocked;
    private readonly int[] _solved;
    private readonly double[] _bestScore;
    private readonly int[] _bestArc;
    private readonly int[] _queue;
    private int _stamp;

    private ShortestSpur(int n)
    {
        _distance = new int[n];
        _labelled = new int[n];
        _blocked = new int[n];
        _solved = new int[n];
        _bestScore = new double[n];
        _bestArc = new int[n];
        _queue = new int[n];
    }

    /// <summary>The calling thread's instance, sized for <paramref name="graph"/>; stamps make earlier contents stale.</summary>
    public static ShortestSpur Rent(GraphProjection graph, ArcFilter filter, BudgetMeter meter)
    {
        var spur = t_cached;
        if (spur is null || spur._distance.Length < graph.NodeCount)
        {
            spur = new ShortestSpur(Math.Max(graph.NodeCount, 16));
            t_cached = spur;
        }

        spur._graph = graph;
        spur._filter = filter;
        spur._meter = meter;
        return spur;
    }

    public FoundPath? Find(int source, int target, ReadOnlySpan<int> blockedNodes, HashSet<int> blockedArcs, int maxLength)
    {
        _stamp++;
        foreach (var node in blockedNodes)
        {
            _blocked[node] = _stamp;
        }

        if (maxLength < 1 || !LabelDistances(source, target, blockedArcs, maxLength))
        {
            return null;
        }

        Solve(source, blockedArcs);
        var hops = _distance[source];
        var nodes = new int[hops + 1];
        var arcs = new int[hops];
        nodes[0] = source;
        for (var i = 0; i < hops; i++)
        {
            arcs[i] = _bestArc[nodes[i]];
            nodes[i + 1] = _graph.ArcTarget(arcs[i]);
        }

        return new FoundPath(nodes, arcs, FoundPath.ScoreOf(arcs, _filter));
    }

    private bool LabelDistances(int source, int target, HashSet<int> blockedArcs, int maxLength)
    {
        var head = 0;
        var tail = 0;
        _queue[tail++] = target;
        _distance[target] = 0;
        _labelled[target] = _stamp;
        while (head < tail)
        {
            var node = _queue[head++];
            var distance = _distance[node];
            if (distance == maxLength)
            {
                return false;
            }

            var end = _graph.ArcOffsets[node + 1];
            _meter.Charge(end - _graph.ArcOffsets[node]);
            for (var a = _graph.ArcOffsets[node]; a < end; a++)
            {
                var arc = _graph.Arcs[a];
                var toward = arc ^ 1; // the same relationship walked from the neighbour towards this node
                var neighbour = _graph.ArcTarget(arc);
                if (_labelled[neighbour] == _stamp || _blocked[neighbour] == _stamp
                    || !_filter.Allows(toward) || blockedArcs.Contains(toward))
                {
                    continue;
                }

                _labelled[neighbour] = _stamp;
                _distance[neighbour] = distance + 1;
                if (neighbour == source)
                {
                    return true;
                }

                _queue[tail++] = neighbour;
            }
        }

        return false;
    }

    private double Solve(int node, HashSet<int> blockedArcs)
    {
        var distance = _distance[node];
        if (distance == 0)
        {
            return 1.0;
        }

        if (_solved[node] == _stamp)
        {
            return _bestScore[node];
        }

        var bestArc = -1;
        var best = 0.0;
        var end = _graph.ArcOffsets[node + 1];
        _meter.Charge(end - _graph.ArcOffsets[node]);
        for (var a = _graph.ArcOffsets[node]; a < end; a++)
        {
            var arc = _graph.Arcs[a];
            var next = _graph.ArcTarget(arc);
            if (_labelled[next] != _stamp || _distance[next] != distance - 1 || _blocked[next] == _stamp
                || !_filter.Allows(arc) || blockedArcs.Contains(arc))
            {
                continue;
            }

            var candidate = _filter.Factor(arc) * Solve(next, blockedArcs);
            if (bestArc < 0 || ScoreTies.IsBetter(candidate, best)
                || (ScoreTies.AreTied(candidate, best) && IsEarlierChoice(arc, bestArc)))
            {
                bestArc = arc;
                best = candidate;
            }
        }

        _solved[node] = _stamp;
        _bestScore[node] = best;
        _bestArc[node] = bestArc;
        return best;
    }

    private bool IsEarlierChoice(int arc, int incumbent)
    {
        var byKey = string.CompareOrdinal(_graph.Keys[_graph.ArcTarget(arc)], _graph.Keys[_graph.ArcTarget(incumbent)]);
        if (byKey != 0)
        {
            return byKey < 0;
        }

        var byType = _graph.EdgeTypes[arc >> 1].CompareTo(_graph.EdgeTypes[incumbent >> 1]);
        return byType != 0 ? byType < 0 : (arc & 1) < (incumbent & 1);
    }
}
