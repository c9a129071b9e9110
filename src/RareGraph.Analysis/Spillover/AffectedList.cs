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

    private AffectedList(AffectedList whole, int[] selected)
    {
        _graph = whole._graph;
        _recorder = whole._recorder;
        _occurredIn = whole._occurredIn;
        _day = whole._day;
        _nodes = new int[selected.Length];
        _scores = new double[selected.Length];
        _hops = new int[selected.Length];
        _events = new int[selected.Length];
        for (var i = 0; i < selected.Length; i++)
        {
            var j = selected[i];
            _nodes[i] = whole._nodes[j];
            _scores[i] = whole._scores[j];
            _hops[i] = whole._hops[j];
            _events[i] = whole._events[j];
        }

        _made = new AffectedOrganisation?[selected.Length];
    }

    public int Count => _nodes.Length;

    /// <summary>
    /// The cross-border entries, in report order, found from the flags alone: no entry object is made for the others.
    /// </summary>
    public AffectedList CrossBorderOnly()
    {
        var selected = new List<int>();
        for (var i = 0; i < _nodes.Length; i++)
        {
            if (ThreatSeeds.IsCrossBorder(_graph, _nodes[i], _occurredIn, _day))
            {
                selected.Add(i);
            }
        }

        return new AffectedList(this, [.. selected]);
    }

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
