using System.Collections;
using RareGraph.Analysis.Projection;

namespace RareGraph.Analysis.Spillover;

/// <summary>
/// The organisations of an impact report, in report order, held as arrays; an <see cref="AffectedOrganisation"/> (and
/// its cross-border flag) is made when an entry is first read, and its path when that is first read, so a dashboard
/// paging through a whole-graph report pays only for the page it shows.
/// </summary>
internal sealed class AffectedList : IReadOnlyList<AffectedOrganisation>
{
    private readonly GraphProjection _graph;
    private readonly PathRecorder _recorder;
    private readonly int[] _occurredIn;
    private readonly int _day;
    private readonly int[] _nodes;
    private readonly double[] _scores;
    private readonly int[] _hops;
    private readonly int[] _events;
    private readonly AffectedOrganisation?[] _made;

    /// <summary>Takes entries <paramref name="order"/>[0 .. count) of the scratch's arrays, copying them.</summary>
    public AffectedList(GraphProjection graph, PathRecorder recorder, int[] occurredIn, int day, ReportScratch scratch, int[] order, int count)
    {
        _graph = graph;
        _recorder = recorder;
        _occurredIn = occurredIn;
        _day = day;
        _nodes = new int[count];
        _scores = new double[count];
        _hops = new int[count];
        _events = new int[count];
        for (var i = 0; i < count; i++)
        {
            var j = order[i];
            _nodes[i] = scratch.Nodes[j];
            _scores[i] = scratch.Scores[j];
            _hops[i] = scratch.Hops[j];
            _events[i] = scratch.Events[j];
        }

        _made = new AffectedOrganisation?[count];
    }

    public int Count => _nodes.Length;

    public AffectedOrganisation this[int index]
    {
        get
        {
            // Racing readers may both make an entry; they make equal ones and either may be kept.
            return _made[index] ??= new AffectedOrganisation(
                _graph.Keys[_nodes[index]],
                _scores[index],
                _hops[index],
                ThreatSeeds.IsCrossBorder(_graph, _nodes[index], _occurredIn, _day),
                _recorder,
                _events[index]);
        }
    }

    public IEnumerator<AffectedOrganisation> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
