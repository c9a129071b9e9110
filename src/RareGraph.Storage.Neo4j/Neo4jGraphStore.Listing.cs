using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Storage.Neo4j.Cypher;
using RareGraph.Storage.Neo4j.Wire;

namespace RareGraph.Storage.Neo4j;

/// <summary>The graph's relationships as one connection: one read statement per page.</summary>
public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<Relationship>> ListRelationshipsAsync(RelationshipListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (statement, parameters) = RelationshipListCypher.For(query);
        var response = await _client.RunAsync(CypherRequest.Read(statement, parameters), cancellationToken);
        var rows = ToRelationships(response).ToList();
        if (query.Backward)
        {
            rows.Reverse();
        }

        return rows;
    }
}
