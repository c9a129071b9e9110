using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Translates a <see cref="RelationshipFilter"/> into predicates over the pattern <c>(a:Entity)-[r]->(b:Entity)</c>. Every
/// value is a parameter; a missing confidence counts as 1, and a source is searched case-insensitively.
/// </summary>
internal static class RelationshipFilterCypher
{
    public static List<string> Conditions(RelationshipFilter? filter, CypherParameters parameters)
    {
        var conditions = new List<string>();
        if (filter is null)
        {
            return conditions;
        }

        if (filter.Types is { } types)
        {
            conditions.Add($"type(r) IN {parameters.Add(types.Select(t => (object?)CypherNames.RelationshipTypeName(t)).ToList())}");
        }

        if (filter.FromKeys is { } from)
        {
            conditions.Add($"a.key IN {parameters.Add(from.Cast<object?>().ToList())}");
        }

        if (filter.ToKeys is { } to)
        {
            conditions.Add($"b.key IN {parameters.Add(to.Cast<object?>().ToList())}");
        }

        if (filter.Keys is { } keys)
        {
            var list = parameters.Add(keys.Cast<object?>().ToList());
            conditions.Add($"(a.key IN {list} OR b.key IN {list})");
        }

        if (filter.At is { } at)
        {
            var date = parameters.Add(at);
            conditions.Add($"(r.validFrom IS NULL OR r.validFrom <= {date}) AND (r.validTo IS NULL OR r.validTo >= {date})");
        }

        if (filter.MinConfidence is { } confidence)
        {
            conditions.Add($"coalesce(r.confidence, 1.0) >= {parameters.Add(confidence)}");
        }

        if (filter.SourceEquals is { } source)
        {
            conditions.Add($"r.source = {parameters.Add(source)}");
        }

        if (filter.SourceContains is { } part)
        {
            conditions.Add($"toLower(r.source) CONTAINS {parameters.Add(part.ToLowerInvariant())}");
        }

        return conditions;
    }
}
