using System.Collections;

namespace RareGraph.Analysis.Spillover;

/// <summary>
/// The cross-border entries of an <see cref="AffectedList"/>, in its order: counted from their flags at once, placed by
/// walking the whole report's order only as far as the positions read.
/// </summary>
/// <remarks>
/// Filtering after ordering, not before: tie runs are grouped against their first score, so ordering the cross-border
/// entries alone could group (and so order) near-ties differently from the whole report.
/// </remarks>
internal sealed class CrossBorderList : IReadOnlyList<AffectedOrganisation>
{
    private readonly AffectedList _whole;
    private readonly bool[] _crossBorder;
    private readonly Lock _sync = new();
    private readonly List<int> _found = [];
    private int _scanned;

    /// <summary>A view of <paramref name="whole"/>'s entries whose flag in <paramref name="crossBorder"/> is set.</summary>
    /// <param name="whole">The report.</param>
    /// <param name="crossBorder">Per entry of the report (not per position), whether it is cross-border.</param>
    public CrossBorderList(AffectedList whole, bool[] crossBorder)
    {
        _whole = whole;
        _crossBorder = crossBorder;
        Count = crossBorder.Count(flag => flag);
    }

    public int Count { get; }

    public AffectedOrganisation this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            int entry;
            lock (_sync)
            {
                while (_found.Count <= index)
                {
                    var next = _whole.EntryAt(_scanned++);
                    if (_crossBorder[next])
                    {
                        _found.Add(next);
                    }
                }

                entry = _found[index];
            }

            return _whole.Entry(entry);
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
