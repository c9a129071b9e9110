using RareGraph.Analysis.Projection;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Spillover;

/// <summary>
/// What a report keeps of one propagation so explaining paths can be built later — only for the entries a caller
/// actually reads (a dashboard pages through thousands of organisations and shows a few paths).
/// </summary>
/// <remarks>
/// Keeps each event's node and score, layer by layer in node order (<see cref="KeptEvents"/>). A step into an event of
/// a scattering layer follows the arc the layer recorded; its parent is the arc's other end at the hop before. A step
/// into an event of a gathering layer finds the parent the way the layer chose its best offer: the first inflow entry
/// of the node, in index order, whose source had an event at the hop before with a score that, times the entry's factor,
/// gives exactly this event's score.
/// </remarks>
internal sealed class PathRecorder
{
    private readonly GraphProjection _graph;
    private readonly KeptEvents _events;
    private readonly double[]? _classFactors;
    private readonly int _day;

    public PathRecorder(GraphProjection graph, PropagationScratch scratch)
    {
        _graph = graph;
        _events = new KeptEvents(scratch);
        _classFactors = scratch.ClassFactors;
        _day = scratch.Day;
    }

    /// <summary>
    /// The path to <paramref name="node"/>'s event at <paramref name="hops"/> (of <paramref name="score"/>, which the
    /// caller already holds), walked back through the events of the hops before to its seed.
    /// </summary>
    public SpilloverPath Build(int node, double score, int hops)
    {
        var keys = new string[hops + 1];
        var relationships = new RelationshipKey[hops];
        // −1 for an event of a last layer that gathered (not kept); a gathered step needs only its node and score.
        var kept = _events.Find(hops, node);
        var current = score;
        for (var i = hops; i >= 0; i--)
        {
            keys[i] = _graph.Keys[node];
            if (i == 0)
            {
                break;
            }

            int arc;
            if (_events.Gathered(i))
            {
                (kept, arc) = StepInto(current, i, node);
            }
            else
            {
                arc = _events.ArcOf(i, kept);
                kept = _events.Find(i - 1, _graph.ArcTarget(arc ^ 1));
            }

            relationships[i - 1] = _graph.IdentityOf(arc >> 1);
            node = _events.NodeOf(kept);
            current = _events.ScoreOf(kept);
        }

        return new SpilloverPath(keys, relationships, score, hops);
    }

    /// <summary>The parent's kept event and the arc of <paramref name="node"/>'s gathered event of <paramref name="score"/> at <paramref name="hop"/>.</summary>
    private (int Parent, int Arc) StepInto(double score, int hop, int node)
    {
        var index = _graph.InflowIndex!;
        var factors = _classFactors!;
        var sources = index.Sources;
        var classes = index.Classes;
        for (var a = index.Offsets[node]; a < index.Offsets[node + 1]; a++)
        {
            var parent = _events.Find(hop - 1, sources[a]);
            if (parent >= 0 && _events.ScoreOf(parent) * factors[classes[a]] == score)
            {
                return (parent, index.ArcOf(_graph, node, a));
            }
        }

        var (start, end) = index.WindowedRange(node);
        for (var a = start; a < end; a++)
        {
            var valid = index.WindowedFrom[a] <= _day && _day <= index.WindowedTo[a];
            var parent = valid ? _events.Find(hop - 1, index.WindowedSources[a]) : -1;
            if (parent >= 0 && _events.ScoreOf(parent) * factors[index.WindowedClasses[a]] == score)
            {
                return (parent, index.ArcOf(_graph, node, sources.Length + a));
            }
        }

        throw new InvalidOperationException("No offer of the layer before gives the event's score.");
    }
}
