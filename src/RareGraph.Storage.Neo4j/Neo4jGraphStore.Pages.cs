using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Storage.Neo4j.Cypher;
using RareGraph.Storage.Neo4j.Wire;

namespace RareGraph.Storage.Neo4j;

/// <summary>Per-entity relationship pages: one read request per direction and batch of keys.</summary>
public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipPagesAsync(
        RelationshipPageQuery query,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var keys = query.EntityKeys.Distinct(StringComparer.Ordinal).ToList();
        var found = keys.ToDictionary(k => k, _ => new List<Relationship>(), StringComparer.Ordinal);
        if (query.Limit <= 0)
        {
            return found.ToDictionary(p => p.Key, _ => (IReadOnlyList<Relationship>)[], StringComparer.Ordinal);
        }

        var directions = query.Direction switch
        {
            RelationshipDirection.Outgoing => [true],
            RelationshipDirection.Incoming => [false],
            _ => new[] { true, false },
        };
        var typeNames = query.Types?.Select(t => (object?)CypherNames.RelationshipTypeName(t)).ToList();
        var position = query.Position is { } p
            ? new Dictionary<string, object?>(StringComparer.Ordinal) { ["fromKey"] = p.FromKey, ["rank"] = CypherNames.ScanRank(p.Type), ["toKey"] = p.ToKey }
            : null;
        foreach (var chunk in keys.Chunk(_options.ScanBatchSize))
        {
            foreach (var outgoing in directions)
            {
                var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["keys"] = chunk.Cast<object?>().ToList(),
                    ["types"] = typeNames,
                    ["at"] = query.At,
                    ["position"] = position,
                    ["typeRanks"] = CypherNames.TypeRanks(),
                    ["limit"] = (long)query.Limit,
                };
                var response = await _client.RunAsync(CypherRequest.Read(PageStatements.For(outgoing, query.Backward), parameters), cancellationToken);
                var key = FieldIndex(response, "key");
                var relationships = ToRelationships(response).ToList();
                for (var row = 0; row < relationships.Count; row++)
                {
                    found[response.Rows[row][key] as string ?? throw Malformed()].Add(relationships[row]);
                }
            }
        }

        return found.ToDictionary(p => p.Key, p => query.Page(p.Value), StringComparer.Ordinal);
    }
}
