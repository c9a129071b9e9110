using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The aggregate statements behind dashboards: Cypher's implicit grouping (every non-aggregated <c>RETURN</c> item is a
/// grouping key) over the matching threats or relationships, so only the buckets travel back.
/// </summary>
internal static class CountCypher
{
    public static (string Statement, Dictionary<string, object?> Parameters) Threats(EntityFilter? filter, IReadOnlyList<ThreatDimension> by)
    {
        var parameters = new CypherParameters();
        var where = filter is null ? "" : " WHERE " + FilterCypher.Translate(filter, EntityLabel.Threat, parameters);

        // A threat with two OCCURRED_IN relationships is counted in both places, once each (DISTINCT).
        var place = by.Contains(ThreatDimension.Jurisdiction)
            ? $" OPTIONAL MATCH (n)-[:{CypherNames.RelationshipTypeName(RelationshipType.OccurredIn)}]->(place:Entity)"
            : "";
        var keys = by.Select((d, i) => d switch
        {
            ThreatDimension.Year => $"toString(n.occurredOn.year) AS k{i}",
            ThreatDimension.Jurisdiction => $"place.key AS k{i}",
            ThreatDimension.Category => $"n.category AS k{i}",
            ThreatDimension.Polarity => $"coalesce(n.polarity, '{nameof(EventPolarity.Restrictive)}') AS k{i}",
            _ => throw new ArgumentOutOfRangeException(nameof(by)),
        });
        var statement = $"MATCH (n:Entity:{CypherNames.Label(EntityLabel.Threat)}){where}{place} " +
                        $"RETURN {string.Concat(keys.Select(k => k + ", "))}count(DISTINCT n) AS count";
        return (statement, parameters.Values);
    }

    public static (string Statement, Dictionary<string, object?> Parameters) Relationships(RelationshipFilter? filter, IReadOnlyList<RelationshipDimension> by)
    {
        var parameters = new CypherParameters();
        var conditions = RelationshipFilterCypher.Conditions(filter, parameters);
        var where = conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
        var keys = by.Select((d, i) => d switch
        {
            RelationshipDimension.Type => $"type(r) AS k{i}",
            _ => throw new ArgumentOutOfRangeException(nameof(by)),
        });
        return ($"MATCH (a:Entity)-[r]->(b:Entity){where} RETURN {string.Concat(keys.Select(k => k + ", "))}count(r) AS count", parameters.Values);
    }
}
