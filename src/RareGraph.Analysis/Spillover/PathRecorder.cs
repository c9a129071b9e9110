using RareGraph.Analysis.Projection;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Spillover;

/// <summary>
/// A copy of one propagation's events, so explaining paths can be built later — only for the entries a caller actually
/// reads (a dashboard pages through thousands of organisations and shows a few paths).
/// </summary>
/// <remarks>
/// Events made by a gathering layer do not name their parent (<see cref="EventArcs.Unresolved"/>). For them the
/// recorder also keeps every event's score, hop and the same node's previous event, and each node's last event, and
/// finds the parent the way the layer chose its best offer: the first inflow entry of the node, in index order, whose
/// source had an event in the layer before with a score that, times the entry's factor, gives exactly this event's
/// score.
/// </remarks>
internal sealed class PathRecorder
{
    private readonly GraphProjection _graph;
    private readonly int[] _nodes;
    private readonly int[] _parents;
    private readonly int[] _arcs;
    private readonly Gathered? _gathered;

    public PathRecorder(GraphProjection graph, PropagationScratch scratch)
    {
        _graph = graph;
        var count = scratch.EventCount;
        _nodes = scratch.EventNode[..count];
        _parents = scratch.EventParent[..count];
        _arcs = scratch.EventArc[..count];
        if (scratch.HasGatheredEvents)
        {
            _gathered = new Gathered(graph, scratch);
        }
    }

    /// <summary>
    /// The path ending in event <paramref name="last"/> (of <paramref name="score"/> at <paramref name="hops"/>, which
    /// the caller already holds), walked back through parent events to its seed.
    /// </summary>
    public SpilloverPath Build(int last, double score, int hops)
    {
        var keys = new string[hops + 1];
        var relationships = new RelationshipKey[hops];
        var e = last;
        for (var i = hops; i >= 0; i--)
        {
            keys[i] = _graph.Keys[_nodes[e]];
            if (i > 0)
            {
                var (parent, arc) = _parents[e] == EventArcs.Unresolved
                    ? _gathered!.StepInto(e, i, _nodes[e])
                    : (_parents[e], _arcs[e]);
                relationships[i - 1] = _graph.IdentityOf(arc >> 1);
                e = parent;
            }
        }

        return new SpilloverPath(keys, relationships, score, hops);
    }

    /// <summary>What finding a gathered event's parent needs, copied only when the propagation gathered.</summary>
    private sealed class Gathered
    {
        private readonly GraphProjection _graph;
        private readonly InflowIndex _index;
        private readonly double[] _classFactors;
        private readonly int _day;
        private readonly double[] _scores;
        private readonly int[] _hops;
        private readonly int[] _previous;
        private readonly int[] _lastOfNode;

        public Gathered(GraphProjection graph, PropagationScratch scratch)
        {
            _graph = graph;
            _index = graph.InflowIndex!;
            _classFactors = scratch.ClassFactors!;
            _day = scratch.Day;
            var count = scratch.EventCount;
            _scores = scratch.EventScore[..count];
            _hops = scratch.EventHops[..count];
            _previous = scratch.EventPrevious[..count];
            _lastOfNode = new int[graph.NodeCount];
            var nodes = scratch.Nodes;
            var stamp = scratch.Stamp;
            for (var node = 0; node < _lastOfNode.Length; node++)
            {
                _lastOfNode[node] = nodes[node].Stamp == stamp ? nodes[node].LastEvent : -1;
            }
        }

        /// <summary>The parent event and the arc of gathered event <paramref name="e"/> of <paramref name="node"/> at <paramref name="hop"/>.</summary>
        public (int Parent, int Arc) StepInto(int e, int hop, int node)
        {
            var score = _scores[e];
            var sources = _index.Sources;
            var classes = _index.Classes;
            for (var a = _index.Offsets[node]; a < _index.Offsets[node + 1]; a++)
            {
                var parent = EventAt(sources[a], hop - 1);
                if (parent >= 0 && _scores[parent] * _classFactors[classes[a]] == score)
                {
                    return (parent, _index.ArcOf(_graph, node, a));
                }
            }

            var (start, end) = _index.WindowedRange(node);
            for (var a = start; a < end; a++)
            {
                var parent = EventAt(_index.WindowedSources[a], hop - 1);
                var valid = _index.WindowedFrom[a] <= _day && _day <= _index.WindowedTo[a];
                if (parent >= 0 && valid && _scores[parent] * _classFactors[_index.WindowedClasses[a]] == score)
                {
                    return (parent, _index.ArcOf(_graph, node, sources.Length + a));
                }
            }

            throw new InvalidOperationException("No offer of the layer before gives the event's score.");
        }

        /// <summary>The event <paramref name="node"/> had at exactly <paramref name="hop"/>, or −1.</summary>
        private int EventAt(int node, int hop)
        {
            var e = _lastOfNode[node];
            while (e >= 0 && _hops[e] > hop)
            {
                e = _previous[e];
            }

            return e >= 0 && _hops[e] == hop ? e : -1;
        }
    }
}
