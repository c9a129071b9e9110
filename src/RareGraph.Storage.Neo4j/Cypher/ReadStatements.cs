namespace RareGraph.Storage.Neo4j.Cypher;

/// <summary>The fixed read statements. Listing and counting statements are built by <see cref="ListingCypher"/>.</summary>
internal static class ReadStatements
{
    public const string Version = "MATCH (meta:GraphMeta {id: 'graph'}) RETURN meta.version AS version";

    public const string EntitiesByKey = "UNWIND $keys AS key MATCH (n:Entity {key: key}) RETURN n";

    public const string RelationshipsByKey =
        "UNWIND $keys AS k MATCH (a:Entity {key: k.from})-[r]->(b:Entity {key: k.to}) WHERE type(r) = k.type " +
        "RETURN a.key AS fromKey, r, b.key AS toKey";

    public const string RelationshipsFrom =
        "UNWIND $keys AS key MATCH (a:Entity {key: key})-[r]->(b:Entity) WHERE $types IS NULL OR type(r) IN $types " +
        "RETURN a.key AS fromKey, r, b.key AS toKey";

    public const string RelationshipsTo =
        "UNWIND $keys AS key MATCH (a:Entity)-[r]->(b:Entity {key: key}) WHERE $types IS NULL OR type(r) IN $types " +
        "RETURN a.key AS fromKey, r, b.key AS toKey";

    /// <summary>One page of the entity scan: the index on <c>:Entity(key)</c> serves both the range and the order.</summary>
    public const string ScanEntities =
        "MATCH (n:Entity) WHERE n.key > $afterKey RETURN n ORDER BY n.key LIMIT $limit";

    /// <summary>
    /// One page of the relationship scan in (fromKey, type rank, toKey) order after the position
    /// ($fromKey, $typeRank, $toKey). Source nodes come from the key index already in key order, so the planner can
    /// finish with a partial sort and stop after <c>$limit</c> rows instead of sorting the whole graph per page.
    /// </summary>
    public const string ScanRelationships =
        "MATCH (a:Entity) WHERE a.key >= $fromKey " +
        "WITH a ORDER BY a.key " +
        "MATCH (a)-[r]->(b:Entity) " +
        "WITH a, r, b, $typeRanks[type(r)] AS rank " +
        "WHERE a.key > $fromKey OR rank > $typeRank OR (rank = $typeRank AND b.key > $toKey) " +
        "RETURN a.key AS fromKey, r, b.key AS toKey ORDER BY fromKey, rank, toKey LIMIT $limit";
}
