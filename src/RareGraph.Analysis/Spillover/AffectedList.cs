using System.Collections;
using RareGraph.Analysis.Projection;

namespace RareGraph.Analysis.Spillover;

/// <summary>
/// The organisations of an impact report, in report order, held as arrays. The order is worked out only as far as it is
/// read (<see cref="ReportPrefix"/>): the first read orders a first page, reading further doubles the ordered prefix, so
/// a dashboard showing the first entries of a whole-graph report never sorts it. An <see cref="AffectedOrganisation"/>
/// (and its cross-border flag) is made when an entry is first read, and its path when that is first read.
/// </summary>
/// <remarks>Readers may share a report (it is cached): ordering is done under a lock, reads of an ordered position take none.</remarks>
internal sealed class AffectedList : IReadOnlyList<AffectedOrganisation>
{
    /// <summary>Positions ordered on the first read: a page of the API's default size and the next.</summary>
    private const int FirstOrdered = 64;

    private const int ChunkBits = 8;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly GraphProjection _graph;
    private readonly PathRecorder _recorder;
    private readonly int[] _occurredIn;
    private readonly int _day;
    private readonly ReportEntries _entries;
    /// <summary>Entries made on read, in chunks made on first use: a report is read a page at a time, not whole.</summary>
    private readonly AffectedOrganisation?[]?[] _made;
    private readonly Lock _ordering = new();

    /// <summary>Entry indices of the report positions ordered so far; replaced, never changed, when more are ordered.</summary>
    private int[] _order = [];

    public AffectedList(GraphProjection graph, PathRecorder recorder, int[] occurredIn, int day, ReportEntries entries)
    {
        _graph = graph;
        _recorder = recorder;
        _occurredIn = occurredIn;
        _day = day;
        _entries = entries;
        _made = new AffectedOrganisation?[]?[(entries.Count + ChunkSize - 1) >> ChunkBits];
    }

    public int Count => _entries.Count;

    public AffectedOrganisation this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return Entry(EntryAt(index));
        }
    }

    /// <summary>The cross-border entries, in report order, found from the flags alone: no entry object is made for the others.</summary>
    public IReadOnlyList<AffectedOrganisation> CrossBorderOnly()
    {
        var flags = new bool[Count];
        for (var entry = 0; entry < flags.Length; entry++)
        {
            flags[entry] = ThreatSeeds.IsCrossBorder(_graph, _entries.Nodes[entry], _occurredIn, _day);
        }

        return new CrossBorderList(this, flags);
    }

    public IEnumerator<AffectedOrganisation> GetEnumerator()
    {
        if (Count > 0)
        {
            EntryAt(Count - 1);
        }

        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The entry at report position <paramref name="position"/>, ordering further when it is not ordered yet.</summary>
    internal int EntryAt(int position)
    {
        var order = Volatile.Read(ref _order);
        return position < order.Length ? order[position] : Extend(position + 1)[position];
    }

    /// <summary>The object of entry <paramref name="entry"/>; racing readers may both make one, they are equal and either is kept.</summary>
    internal AffectedOrganisation Entry(int entry)
    {
        ref var chunk = ref _made[entry >> ChunkBits];
        var slots = Volatile.Read(ref chunk);
        if (slots is null)
        {
            var made = new AffectedOrganisation?[ChunkSize];
            slots = Interlocked.CompareExchange(ref chunk, made, null) ?? made;
        }
        var node = _entries.Nodes[entry];
        return slots[entry & (ChunkSize - 1)] ??= new AffectedOrganisation(
            _graph.Keys[node],
            _entries.Scores[entry],
            _entries.Hops[entry],
            ThreatSeeds.IsCrossBorder(_graph, node, _occurredIn, _day),
            _recorder,
            node);
    }

    private int[] Extend(int wanted)
    {
        lock (_ordering)
        {
            if (_order.Length >= wanted)
            {
                return _order;
            }

            var order = ReportPrefix.Select(_graph.KeyRanks, _entries, Math.Max(wanted, Math.Max(FirstOrdered, _order.Length * 2)));
            Volatile.Write(ref _order, order);
            return order;
        }
    }
}
