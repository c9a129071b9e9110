using RareGraph.Analysis.Projection;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Spillover;

/// <summary>
/// A copy of one propagation's parent events, so explaining paths can be built later — only for the entries a caller
/// actually reads (a dashboard pages through thousands of organisations and shows a few paths).
/// </summary>
internal sealed class PathRecorder
{
    private readonly GraphProjection _graph;
    private readonly int[] _nodes;
    private readonly int[] _hops;
    private readonly double[] _scores;
    private readonly int[] _parents;
    private readonly int[] _arcs;

    public PathRecorder(GraphProjection graph, PropagationScratch scratch)
    {
        _graph = graph;
        var count = scratch.EventCount;
        _nodes = scratch.EventNode[..count];
        _hops = scratch.EventHops[..count];
        _scores = scratch.EventScore[..count];
        _parents = scratch.EventParent[..count];
        _arcs = scratch.EventArc[..count];
    }

    /// <summary>The path ending in event <paramref name="last"/>, walked back through parent events to its seed.</summary>
    public SpilloverPath Build(int last)
    {
        var hops = _hops[last];
        var keys = new string[hops + 1];
        var relationships = new RelationshipKey[hops];
        var e = last;
        for (var i = hops; i >= 0; i--)
        {
            keys[i] = _graph.Keys[_nodes[e]];
            if (i > 0)
            {
                relationships[i - 1] = _graph.IdentityOf(_arcs[e] >> 1);
                e = _parents[e];
            }
        }

        return new SpilloverPath(keys, relationships, _scores[last], hops);
    }
}
