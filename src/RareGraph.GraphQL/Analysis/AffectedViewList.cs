using System.Collections;
using RareGraph.Analysis.Spillover;

namespace RareGraph.GraphQL.Analysis;

/// <summary>The views of an impact report's entries, each made on first read, so paging reads only its page.</summary>
internal sealed class AffectedViewList(IReadOnlyList<AffectedOrganisation> entries) : IReadOnlyList<AffectedView>
{
    private readonly AffectedView?[] _views = new AffectedView?[entries.Count];

    public int Count => _views.Length;

    // Racing readers may both make a view of the same entry; the views are equal and either may be kept.
    public AffectedView this[int index] => _views[index] ??= new AffectedView(entries[index]);

    public IEnumerator<AffectedView> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
