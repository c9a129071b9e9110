using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Storage.Neo4j.Cypher;
using RareGraph.Storage.Neo4j.Mapping;
using RareGraph.Storage.Neo4j.Wire;

namespace RareGraph.Storage.Neo4j;

/// <summary>Lookups, listing and counting: read-mode requests, each carrying the newest bookmarks.</summary>
public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new List<Entity>();
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(_options.ScanBatchSize))
        {
            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["keys"] = chunk.Cast<object?>().ToList() };
            var response = await _client.RunAsync(CypherRequest.Read(ReadStatements.EntitiesByKey, parameters), cancellationToken);
            found.AddRange(response.Rows.Select(row => EntityProperties.ToEntity(AsNode(row[0]))));
        }

        return found;
    }

    public async Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(
        IReadOnlyCollection<RelationshipKey> keys,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new List<Relationship>();
        foreach (var chunk in keys.Distinct().Chunk(_options.ScanBatchSize))
        {
            var rows = chunk.Select(k => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["from"] = k.FromKey,
                ["type"] = CypherNames.RelationshipTypeName(k.Type),
                ["to"] = k.ToKey,
            }).ToList();
            var response = await _client.RunAsync(
                    CypherRequest.Read(ReadStatements.RelationshipsByKey, new Dictionary<string, object?>(StringComparer.Ordinal) { ["keys"] = rows }),
                    cancellationToken);
            found.AddRange(ToRelationships(response));
        }

        return found;
    }

    public async Task<IReadOnlyList<Relationship>> GetRelationshipsOfAsync(
        IReadOnlyCollection<string> entityKeys,
        RelationshipDirection direction,
        IReadOnlyCollection<RelationshipType>? types,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityKeys);
        var typeNames = types?.Select(t => (object?)CypherNames.RelationshipTypeName(t)).ToList();
        var statements = direction switch
        {
            RelationshipDirection.Outgoing => [ReadStatements.RelationshipsFrom],
            RelationshipDirection.Incoming => [ReadStatements.RelationshipsTo],
            _ => new[] { ReadStatements.RelationshipsFrom, ReadStatements.RelationshipsTo },
        };

        // Both directions can meet the same relationship twice (both ends asked for); identity removes the repeat.
        var found = new Dictionary<RelationshipKey, Relationship>();
        foreach (var chunk in entityKeys.Distinct(StringComparer.Ordinal).Chunk(_options.ScanBatchSize))
        {
            foreach (var statement in statements)
            {
                var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["keys"] = chunk.Cast<object?>().ToList(), ["types"] = typeNames };
                var response = await _client.RunAsync(CypherRequest.Read(statement, parameters), cancellationToken);
                foreach (var relationship in ToRelationships(response))
                {
                    found[relationship.Identity] = relationship;
                }
            }
        }

        return
        [
            .. found.Values
                .OrderBy(r => r.FromKey, StringComparer.Ordinal)
                .ThenBy(r => r.Type.ToString(), StringComparer.Ordinal)
                .ThenBy(r => r.ToKey, StringComparer.Ordinal),
        ];
    }

    public async Task<IReadOnlyList<Entity>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (statement, parameters) = ListingCypher.List(query);
        var response = await _client.RunAsync(CypherRequest.Read(statement, parameters), cancellationToken);
        var page = response.Rows.Select(row => EntityProperties.ToEntity(AsNode(row[0]))).ToList();
        if (query.Backward)
        {
            page.Reverse();
        }

        return page;
    }

    public async Task<long> CountEntitiesAsync(EntityLabel label, EntityFilter? filter, CancellationToken cancellationToken)
    {
        var (statement, parameters) = ListingCypher.Count(label, filter);
        var response = await _client.RunAsync(CypherRequest.Read(statement, parameters), cancellationToken);
        return response.Rows.Count == 0 ? 0 : AsLong(response.Value(0, "total"));
    }

    private static IEnumerable<Relationship> ToRelationships(QueryResponse response)
    {
        var from = FieldIndex(response, "fromKey");
        var relationship = FieldIndex(response, "r");
        var to = FieldIndex(response, "toKey");
        return response.Rows.Select(row => RelationshipProperties.ToRelationship(
            row[from] as string ?? throw Malformed(),
            row[relationship] as Neo4jRelationship ?? throw Malformed(),
            row[to] as string ?? throw Malformed()));
    }

    private static int FieldIndex(QueryResponse response, string field)
    {
        for (var i = 0; i < response.Fields.Count; i++)
        {
            if (string.Equals(response.Fields[i], field, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return response.Rows.Count == 0 ? -1 : throw Malformed();
    }

    private static Neo4jNode AsNode(object? value) => value as Neo4jNode ?? throw Malformed();

    private static RareGraphException Malformed() =>
        new(ErrorCodes.Internal, "Neo4j returned a row in a shape this adapter did not ask for.");
}
