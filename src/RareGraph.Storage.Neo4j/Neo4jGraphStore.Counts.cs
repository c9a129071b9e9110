using System.Globalization;
using RareGraph.Domain.Querying;
using RareGraph.Storage.Neo4j.Cypher;
using RareGraph.Storage.Neo4j.Wire;

namespace RareGraph.Storage.Neo4j;

/// <summary>Aggregates for dashboards: one read statement each, grouped by Cypher.</summary>
public sealed partial class Neo4jGraphStore
{
    public Task<IReadOnlyList<CountBucket>> CountThreatsByAsync(EntityFilter? filter, IReadOnlyList<ThreatDimension> by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        var (statement, parameters) = CountCypher.Threats(filter, by);
        return GroupAsync(statement, parameters, by.Count, _ => null, cancellationToken);
    }

    public Task<IReadOnlyList<CountBucket>> CountRelationshipsByAsync(RelationshipFilter? filter, IReadOnlyList<RelationshipDimension> by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        var (statement, parameters) = CountCypher.Relationships(filter, by);

        // Neo4j names a type in UPPER_SNAKE; bucket keys are the C# names every store reports.
        return GroupAsync(statement, parameters, by.Count, i => by[i] == RelationshipDimension.Type ? name => CypherNames.ParseRelationshipType(name).ToString() : null, cancellationToken);
    }

    private async Task<IReadOnlyList<CountBucket>> GroupAsync(
        string statement,
        Dictionary<string, object?> parameters,
        int dimensions,
        Func<int, Func<string, string>?> mapping,
        CancellationToken cancellationToken)
    {
        var response = await _client.RunAsync(CypherRequest.Read(statement, parameters), cancellationToken);
        var buckets = new List<CountBucket>(response.Rows.Count);
        for (var row = 0; row < response.Rows.Count; row++)
        {
            var keys = new string?[dimensions];
            for (var i = 0; i < dimensions; i++)
            {
                var value = response.Value(row, "k" + i.ToString(CultureInfo.InvariantCulture));
                keys[i] = value is null ? null : mapping(i) is { } map ? map(AsString(value)) : AsString(value);
            }

            buckets.Add(new CountBucket(keys, AsLong(response.Value(row, "count"))));
        }

        return CountBuckets.Ordered(buckets);
    }

    private static string AsString(object value) => value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
