using RareGraph.Domain.Model;

namespace RareGraph.Domain.Querying;

/// <summary>
/// One page of relationships for each of several entities, asked in one store call (a connection field inside a list
/// asks it once for every parent): for each key, the relationships touching it in <see cref="Direction"/> (outgoing = the
/// key is <c>from</c>), of <see cref="Types"/> when given, valid on <see cref="At"/> when given, in (fromKey, type,
/// toKey) order, strictly after <see cref="Position"/> (strictly before it when <see cref="Backward"/>), at most
/// <see cref="Limit"/> of them (the last ones before the position when backward).
/// </summary>
/// <param name="EntityKeys">The entities; keys that do not exist get an empty page.</param>
/// <param name="Direction">Which relationships of each entity count.</param>
/// <param name="Types">Only these types, or all when null.</param>
/// <param name="At">Only relationships valid on this date, or all when null.</param>
/// <param name="Position">The keyset position to page from, or null for the first (last) page.</param>
/// <param name="Backward">True for the page before <see cref="Position"/>.</param>
/// <param name="Limit">The most relationships per entity.</param>
public sealed record RelationshipPageQuery(
    IReadOnlyCollection<string> EntityKeys,
    RelationshipDirection Direction,
    IReadOnlyCollection<RelationshipType>? Types,
    DateOnly? At,
    RelationshipKey? Position,
    bool Backward,
    int Limit)
{
    /// <summary>Whether <paramref name="relationship"/> belongs to <paramref name="entityKey"/>'s page, position and limit aside.</summary>
    public bool Selects(string entityKey, Relationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var touches = Direction switch
        {
            RelationshipDirection.Outgoing => string.Equals(relationship.FromKey, entityKey, StringComparison.Ordinal),
            RelationshipDirection.Incoming => string.Equals(relationship.ToKey, entityKey, StringComparison.Ordinal),
            _ => string.Equals(relationship.FromKey, entityKey, StringComparison.Ordinal) || string.Equals(relationship.ToKey, entityKey, StringComparison.Ordinal),
        };
        return touches && (Types is null || Types.Contains(relationship.Type)) && (At is null || relationship.IsValidOn(At.Value));
    }

    /// <summary>
    /// Orders relationships as a page does — (fromKey, type name, toKey), ordinal — keeps those on the asked side of the
    /// position and returns the page's <see cref="Limit"/> of them in that order: how a store finishes rows it fetched.
    /// </summary>
    public IReadOnlyList<Relationship> Page(IEnumerable<Relationship> candidates)
    {
        var ordered = candidates
            .Where(r => Position is not { } p || (Backward ? Compare(r.Identity, p) < 0 : Compare(r.Identity, p) > 0))
            .OrderBy(r => r.Identity, Comparer<RelationshipKey>.Create(Compare))
            .ToList();
        return Backward ? ordered.Skip(Math.Max(0, ordered.Count - Limit)).ToList() : ordered.Take(Limit).ToList();
    }

    /// <summary>The page order: fromKey, then the type's name, then toKey, each compared ordinally.</summary>
    public static int Compare(RelationshipKey x, RelationshipKey y)
    {
        var from = string.CompareOrdinal(x.FromKey, y.FromKey);
        if (from != 0)
        {
            return from;
        }

        var type = x.Type == y.Type ? 0 : string.CompareOrdinal(x.Type.ToString(), y.Type.ToString());
        return type != 0 ? type : string.CompareOrdinal(x.ToKey, y.ToKey);
    }
}
