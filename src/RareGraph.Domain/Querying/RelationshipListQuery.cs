using RareGraph.Domain.Model;

namespace RareGraph.Domain.Querying;

/// <summary>
/// One keyset page of the relationships matching <see cref="Filter"/>, across the whole graph, in the relationship page
/// order of <see cref="RelationshipPageQuery.Compare"/> (fromKey, type name, toKey): strictly after
/// <see cref="Position"/>, or, when <see cref="Backward"/>, the <see cref="Limit"/> just before it (the last ones when it is
/// null), still returned in forward order.
/// </summary>
/// <param name="Filter">The conditions, or null for every relationship.</param>
/// <param name="Position">The keyset position to page from, or null for the first (last) page.</param>
/// <param name="Backward">True for the page before <see cref="Position"/>.</param>
/// <param name="Limit">The most relationships to return.</param>
public sealed record RelationshipListQuery(RelationshipFilter? Filter, RelationshipKey? Position, bool Backward, int Limit)
{
    /// <summary>Keeps the matching candidates on the asked side of the position and cuts the page: how an in-memory store pages.</summary>
    public IReadOnlyList<Relationship> Page(IEnumerable<Relationship> candidates)
    {
        var ordered = candidates
            .Where(r => Filter is null || Filter.Matches(r))
            .Where(r => Position is not { } p || (Backward ? RelationshipPageQuery.Compare(r.Identity, p) < 0 : RelationshipPageQuery.Compare(r.Identity, p) > 0))
            .OrderBy(r => r.Identity, Comparer<RelationshipKey>.Create(RelationshipPageQuery.Compare))
            .ToList();
        return Backward ? ordered.Skip(Math.Max(0, ordered.Count - Limit)).ToList() : ordered.Take(Limit).ToList();
    }
}
