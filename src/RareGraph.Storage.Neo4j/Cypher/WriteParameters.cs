using RareGraph.Domain.Auditing;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Neo4j.Mapping;

namespace RareGraph.Storage.Neo4j.Cypher;

/// <summary>Builds the parameters of <see cref="WriteStatements"/> from (a batch of) a <see cref="GraphWrite"/> and its audit record.</summary>
internal static class WriteParameters
{
    public static Dictionary<string, object?> For(GraphWrite write)
    {
        var entities = write.UpsertedEntities
            .GroupBy(e => CypherNames.Label(e.Label), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (object?)g.Select(e => (object?)Row(("key", e.Key), ("props", EntityProperties.From(e)))).ToList(),
                StringComparer.Ordinal);
        var relationships = write.UpsertedRelationships
            .GroupBy(r => CypherNames.RelationshipTypeName(r.Type), StringComparer.Ordinal)
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

    /// <summary>
    /// The <c>$audit</c> parameter: a list holding the write's one audit entry (without its version, which the
    /// statement takes from the version node), or an empty list.
    /// </summary>
    public static List<object?> Audit(AuditRecord? audit) => audit is null
        ? []
        :
        [
            Row(
                ("at", audit.At),
                ("actor", audit.Actor),
                ("operation", audit.Operation),
                ("changes", StoredChanges.Serialize(audit.Changes))),
        ];

    private static Dictionary<string, object?> Row(params (string Name, object? Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
