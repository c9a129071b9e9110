namespace RareGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Per-entity relationship pages: for each key of <c>$keys</c>, a subquery that matches the entity's relationships in
/// one direction, keeps those of <c>$types</c> (when not null) valid on <c>$at</c> (when not null) on the asked side of
/// the position (<c>$position</c>: fromKey, type rank, toKey; or null), and returns the first <c>$limit</c> in page
/// order ((fromKey, type rank, toKey), descending for a backward page). The subquery's LIMIT applies per key: that is
/// the per-key limit. Both directions of one key are merged (and the page cut again) by the store.
/// </summary>
internal static class PageStatements
{
    public static readonly string OutgoingForward = Build(outgoing: true, backward: false);
    public static readonly string OutgoingBackward = Build(outgoing: true, backward: true);
    public static readonly string IncomingForward = Build(outgoing: false, backward: false);
    public static readonly string IncomingBackward = Build(outgoing: false, backward: true);

    public static string For(bool outgoing, bool backward) =>
        (outgoing, backward) switch
        {
            (true, false) => OutgoingForward,
            (true, true) => OutgoingBackward,
            (false, false) => IncomingForward,
            _ => IncomingBackward,
        };

    private static string Build(bool outgoing, bool backward)
    {
        var (after, order) = backward ? ("<", " DESC") : (">", string.Empty);
        var match = outgoing
            ? "MATCH (a:Entity {key: key})-[r]->(b:Entity) "
            : "MATCH (a:Entity)-[r]->(b:Entity {key: key}) WHERE a.key <> key AND ";

        // A relationship from the entity to itself is outgoing: the incoming side leaves it out, so Both counts it once.
        var where = outgoing ? "WHERE " : string.Empty;
        return "UNWIND $keys AS key " +
               "CALL (key) { " +
               match + where +
               "($types IS NULL OR type(r) IN $types) " +
               "AND ($at IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $at) AND (r.validTo IS NULL OR r.validTo >= $at))) " +
               "WITH a, r, b, $typeRanks[type(r)] AS rank " +
               $"WHERE $position IS NULL OR a.key {after} $position.fromKey " +
               $"OR (a.key = $position.fromKey AND (rank {after} $position.rank OR (rank = $position.rank AND b.key {after} $position.toKey))) " +
               "RETURN a.key AS fromKey, r, b.key AS toKey " +
               $"ORDER BY fromKey{order}, rank{order}, toKey{order} LIMIT $limit }} " +
               "RETURN key, fromKey, r, toKey";
    }
}
