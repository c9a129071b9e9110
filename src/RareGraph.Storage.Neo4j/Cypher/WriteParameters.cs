namespace RareGraph.Storage.Neo4j.Cypher;

using RareGraph.Domain.Storage;
using RareGraph.Storage.Neo4j.Mapping;

/// <summary>Builds the parameters of <see cref="WriteStatements"/> from (a batch of) a <see cref="GraphWrite"/>.</summary>
internal static class WriteParameters
{
    public static Dictionary<string, object?> For(GraphWrite write)
    {
        var entities = write.UpsertedEntities
            .GroupBy(e => CypherNames.Label(e.Label))
            .ToDictionary(
                g => g.Key,
                g => (object?)g.Select(e => (object?)Row(("key", e.Key), ("props", EntityProperties.From(e)))).ToList(),
                StringComparer.Ordinal);
        var relationships = write.UpsertedRelationships
            .GroupBy(r => CypherNames.RelationshipTypeName(r.Type))
            .ToDictionary(
                g => g.Key,
                g => (object?)g.Select(r => (object?)Row(("from", r.FromKey), ("to", r.ToKey), ("props", RelationshipProperties.From(r)))).ToList(),
                StringComparer.Ordinal);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["removed"] = write.RemovedRelationships
                .Select(k => (object?)Row(("from", k.FromKey), ("type", CypherNames.RelationshipTypeName(k.Type)), ("to", k.ToKey)))
                .ToList(),
            ["deleted"] = write.DeletedEntities.Cast<object?>().ToList(),
            ["entities"] = entities,
            ["relationships"] = relationships,
        };
    }

    private static Dictionary<string, object?> Row(params (string Name, object? Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
