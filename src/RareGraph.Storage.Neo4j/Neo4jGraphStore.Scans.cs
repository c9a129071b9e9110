using System.Runtime.CompilerServices;
using RareGraph.Domain.Model;
using RareGraph.Storage.Neo4j.Cypher;
using RareGraph.Storage.Neo4j.Mapping;
using RareGraph.Storage.Neo4j.Wire;

namespace RareGraph.Storage.Neo4j;

/// <summary>
/// Full scans, streamed as keyset-paged requests of <see cref="Neo4jStoreOptions.ScanBatchSize"/> rows: memory holds
/// one page, and each page is its own retried read, so a long scan survives a transient failure between pages.
/// </summary>
public sealed partial class Neo4jGraphStore
{
    public async IAsyncEnumerable<Entity> ScanEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var afterKey = "";
        while (true)
        {
            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["afterKey"] = afterKey, ["limit"] = (long)_options.ScanBatchSize };
            var response = await _client.RunAsync(CypherRequest.Read(ReadStatements.ScanEntities, parameters), cancellationToken);
            foreach (var row in response.Rows)
            {
                var entity = EntityProperties.ToEntity(AsNode(row[0]));
                afterKey = entity.Key;
                yield return entity;
            }

            if (response.Rows.Count < _options.ScanBatchSize)
            {
                yield break;
            }
        }
    }

    public async IAsyncEnumerable<Relationship> ScanRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var typeRanks = CypherNames.TypeRanks();
        (string FromKey, long TypeRank, string ToKey) position = ("", -1, "");
        while (true)
        {
            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["fromKey"] = position.FromKey,
                ["typeRank"] = position.TypeRank,
                ["toKey"] = position.ToKey,
                ["typeRanks"] = typeRanks,
                ["limit"] = (long)_options.ScanBatchSize,
            };
            var response = await _client.RunAsync(CypherRequest.Read(ReadStatements.ScanRelationships, parameters), cancellationToken);
            foreach (var relationship in ToRelationships(response))
            {
                position = (relationship.FromKey, CypherNames.ScanRank(relationship.Type), relationship.ToKey);
                yield return relationship;
            }

            if (response.Rows.Count < _options.ScanBatchSize)
            {
                yield break;
            }
        }
    }
}
