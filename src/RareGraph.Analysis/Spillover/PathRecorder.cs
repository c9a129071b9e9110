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
    private readonly int[] _parents;
    private readonly int[] _arcs;

    public PathRecorder(GraphProjection graph, PropagationScratch scratch)
    {
        _graph = graph;
        var count = scratch.EventCount;
        _nodes = scratch.EventNode[..count];
        _parents = scratch.EventParent[..count];
        _arcs = scratch.EventArc[..count];
    }

    /// <summary>
    /// The path ending in event <paramref name="last"/> (of <paramref name="score"/> at <paramref name="hops"/>, which
    /// the caller already holds, so they are not copied per event), walked back through parent events to its seed.
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
                relationships[i - 1] = _graph.IdentityOf(EventArcs.Resolve(_graph, _nodes[e], _arcs[e]) >> 1);
                e = _parents[e];
            }
        }

        return new SpilloverPath(keys, relationships, score, hops);
    }
}
