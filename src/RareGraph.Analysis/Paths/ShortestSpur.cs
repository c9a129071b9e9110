using RareGraph.Analysis.Budget;
using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Spillover;

namespace RareGraph.Analysis.Paths;

/// <summary>
/// The first path between two nodes in <see cref="PathOrder"/>, avoiding given nodes and arcs: fewest hops, then
/// highest score, then key order. Yen's algorithm calls it once per spur node.
/// </summary>
/// <remarks>
/// A bidirectional breadth-first search (I. Pohl, "Bi-directional search", Machine Intelligence 6, 1971) grows whole
/// layers from the source and backwards from the target, always on the side with the smaller frontier, until the two
/// meet: that fixes the shortest length D and labels every node of every shortest path with its exact distance from
/// one end. The best shortest path is then a memoised choice per node over that layered DAG: higher product first,
/// ties (1e-12 relative) to the smaller next key, type, direction. Because the order compares a shared prefix first,
/// the best suffix from each node is part of the best path.
/// </remarks>
internal sealed class ShortestSpur : ISpurSearch
{
    private const double NoPath = double.NegativeInfinity;

    [ThreadStatic]
    private static ShortestSpur? t_cached;

    private readonly Side _fromSource;
    private readonly Side _toTarget;
    private readonly int[] _blocked;
    private readonly int[] _solved;
    private readonly double[] _bestScore;
    private readonly int[] _bestArc;
    private GraphProjection _graph = null!;
    private ArcFilter _filter = null!;
    private BudgetMeter _meter = null!;
    private HashSet<int> _blockedArcs = [];
    private int _stamp;
    private int _length;

    private ShortestSpur(int n)
    {
        _fromSource = new Side(n, walksArcsBackwards: false);
        _toTarget = new Side(n, walksArcsBackwards: true);
        _blocked = new int[n];
        _solved = new int[n];
        _bestScore = new double[n];
        _bestArc = new int[n];
    }

    /// <summary>The calling thread's instance, sized for <paramref name="graph"/>; stamps make earlier contents stale.</summary>
    public static ShortestSpur Rent(GraphProjection graph, ArcFilter filter, BudgetMeter meter)
    {
        var spur = t_cached;
        if (spur is null || spur._blocked.Length < graph.NodeCount)
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
        _blockedArcs = blockedArcs;
        foreach (var node in blockedNodes)
        {
            _blocked[node] = _stamp;
        }

        foreach (var node in _filter.ExcludedNodes)
        {
            _blocked[node] = _stamp;
        }

        if (maxLength < 1 || !Meet(source, target, maxLength) || double.IsNegativeInfinity(Solve(source, 0)))
        {
            return null;
        }

        var nodes = new int[_length + 1];
        var arcs = new int[_length];
        nodes[0] = source;
        for (var i = 0; i < _length; i++)
        {
            arcs[i] = _bestArc[nodes[i]];
            nodes[i + 1] = _graph.ArcTarget(arcs[i]);
        }

        return new FoundPath(nodes, arcs, FoundPath.ScoreOf(arcs, _filter));
    }

    /// <summary>Grows layers on the smaller side until the searches meet; sets <see cref="_length"/>.</summary>
    private bool Meet(int source, int target, int maxLength)
    {
        _fromSource.Start(source, _stamp);
        _toTarget.Start(target, _stamp);
        while (_fromSource.Depth + _toTarget.Depth < maxLength)
        {
            var (grow, other) = _fromSource.FrontierSize <= _toTarget.FrontierSize ? (_fromSource, _toTarget) : (_toTarget, _fromSource);
            var met = grow.GrowLayer(this, other);
            if (met < int.MaxValue)
            {
                _length = met;
                return true;
            }

            if (grow.FrontierSize == 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="node"/> may be entered by <paramref name="arc"/> (walked in its own direction).</summary>
    private bool CanStep(int arc, int node) =>
        _blocked[node] != _stamp && _filter.Allows(arc) && !_blockedArcs.Contains(arc);

    /// <summary>The best product from <paramref name="node"/>, at <paramref name="position"/> on a shortest path, to the target.</summary>
    private double Solve(int node, int position)
    {
        if (position == _length)
        {
            return _toTarget.Distance(node, _stamp) == 0 ? 1.0 : NoPath;
        }

        if (_solved[node] == _stamp)
        {
            return _bestScore[node];
        }

        var bestArc = -1;
        var best = NoPath;
        var end = _graph.ArcOffsets[node + 1];
        _meter.Charge(end - _graph.ArcOffsets[node]);
        for (var a = _graph.ArcOffsets[node]; a < end; a++)
        {
            var arc = _graph.Arcs[a];
            var next = _graph.ArcTarget(arc);
            if (!OnShortestPath(next, position + 1) || !CanStep(arc, next))
            {
                continue;
            }

            var rest = Solve(next, position + 1);
            if (double.IsNegativeInfinity(rest))
            {
                continue;
            }

            var candidate = _filter.Factor(arc) * rest;
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

    /// <summary>
    /// Exact distances are known up to each side's depth and the depths add up to at least the length, so a node at
    /// <paramref name="position"/> of a shortest path is labelled by at least one side with the matching distance.
    /// A node labelled only from the source may still lead nowhere; <see cref="Solve"/> finds that out.
    /// </summary>
    private bool OnShortestPath(int node, int position)
    {
        var toTarget = _toTarget.Distance(node, _stamp);
        return toTarget >= 0 ? toTarget == _length - position : _fromSource.Distance(node, _stamp) == position;
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

    /// <summary>One direction of the bidirectional search: exact distances from its end, grown a whole layer at a time.</summary>
    private sealed class Side(int n, bool walksArcsBackwards)
    {
        private readonly int[] _distance = new int[n];
        private readonly int[] _labelled = new int[n];
        private readonly int[] _queue = new int[n];
        private int _layerStart;
        private int _tail;
        private int _stamp;

        public int Depth { get; private set; }

        public int FrontierSize => _tail - _layerStart;

        public void Start(int end, int stamp)
        {
            _stamp = stamp;
            _labelled[end] = stamp;
            _distance[end] = 0;
            _queue[0] = end;
            _layerStart = 0;
            _tail = 1;
            Depth = 0;
        }

        /// <summary>The exact distance from this side's end, or −1 when not (yet) known.</summary>
        public int Distance(int node, int stamp) => _labelled[node] == stamp ? _distance[node] : -1;

        /// <summary>Labels the next layer; returns the shortest length through a node the other side knows, or int.MaxValue.</summary>
        public int GrowLayer(ShortestSpur search, Side other)
        {
            var graph = search._graph;
            var met = int.MaxValue;
            var layerEnd = _tail;
            for (var q = _layerStart; q < layerEnd; q++)
            {
                var node = _queue[q];
                var end = graph.ArcOffsets[node + 1];
                search._meter.Charge(end - graph.ArcOffsets[node]);
                for (var a = graph.ArcOffsets[node]; a < end; a++)
                {
                    var arc = graph.Arcs[a];
                    var neighbour = graph.ArcTarget(arc);
                    // Searching from the target, the path walks the same relationship from the neighbour to this node.
                    // Either way the neighbour joins the path, so it must not be blocked.
                    var walked = walksArcsBackwards ? arc ^ 1 : arc;
                    if (_labelled[neighbour] == _stamp || !search.CanStep(walked, neighbour))
                    {
                        continue;
                    }

                    _labelled[neighbour] = _stamp;
                    _distance[neighbour] = Depth + 1;
                    _queue[_tail++] = neighbour;
                    var across = other.Distance(neighbour, _stamp);
                    if (across >= 0)
                    {
                        met = Math.Min(met, Depth + 1 + across);
                    }
                }
            }

            _layerStart = layerEnd;
            Depth++;
            return met;
        }
    }
}
