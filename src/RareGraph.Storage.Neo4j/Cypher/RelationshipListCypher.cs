using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Neo4j.Cypher;

/// <summary>
/// One keyset page of the graph's relationships (<see cref="RelationshipListQuery"/>): the filter's predicates, then the
/// position in (fromKey, type rank, toKey) order — the order every store pages relationships in, whatever Neo4j's own
/// names for the types — and the limit.
/// </summary>
internal static class RelationshipListCypher
{
    public static (string Statement, Dictionary<string, object?> Parameters) For(RelationshipListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new CypherParameters();
        var conditions = RelationshipFilterCypher.Conditions(query.Filter, parameters);
        var ranks = parameters.Add(CypherNames.TypeRanks());
        var position = "";
        if (query.Position is { } at)
        {
            var (from, rank, to) = (parameters.Add(at.FromKey), parameters.Add(CypherNames.ScanRank(at.Type)), parameters.Add(at.ToKey));
            var beyond = query.Backward ? "<" : ">";
            position = $" WHERE fromKey {beyond} {from} OR (fromKey = {from} AND (rank {beyond} {rank} OR (rank = {rank} AND toKey {beyond} {to})))";
        }

        var where = conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
        var order = query.Backward ? " DESC" : "";
        var limit = parameters.Add((long)query.Limit);
        var statement = $"MATCH (a:Entity)-[r]->(b:Entity){where} " +
                        $"WITH a.key AS fromKey, r, b.key AS toKey, {ranks}[type(r)] AS rank{position} " +
                        $"RETURN fromKey, r, toKey ORDER BY fromKey{order}, rank{order}, toKey{order} LIMIT {limit}";
        return (statement, parameters.Values);
    }
}
