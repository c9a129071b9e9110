using Microsoft.Data.Sqlite;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Sqlite;

/// <summary>Aggregates for dashboards: one GROUP BY statement each.</summary>
public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyList<CountBucket>> CountThreatsByAsync(EntityFilter? filter, IReadOnlyList<ThreatDimension> by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        var columns = by.Select(d => d switch
        {
            ThreatDimension.Year => "substr(e.occurred_on, 1, 4)",
            ThreatDimension.Jurisdiction => "j.to_key",
            ThreatDimension.Category => "e.category",

            // Threats written before polarity existed are restrictive, as the model reads them.
            ThreatDimension.Polarity => $"coalesce(e.polarity, '{nameof(EventPolarity.Restrictive)}')",
            _ => throw new ArgumentOutOfRangeException(nameof(by)),
        }).ToList();

        // A threat with two OCCURRED_IN relationships is counted in both places, once each.
        var join = by.Contains(ThreatDimension.Jurisdiction)
            ? $" LEFT JOIN relationships j ON j.from_key = e.key AND j.type = '{RelationshipTypeNames.Of(RelationshipType.OccurredIn)}'"
            : string.Empty;
        return GroupAsync(
            columns,
            "count(DISTINCT e.key)",
            command => $"entities e{join} WHERE {new SqlFilterBuilder(command, EntityLabel.Threat).Where(filter)}",
            cancellationToken);
    }

    public async Task<IReadOnlyList<CountBucket>> CountRelationshipsByAsync(RelationshipFilter? filter, IReadOnlyList<RelationshipDimension> by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        var columns = by.Select(d => d switch
        {
            RelationshipDimension.Type => "r.type",
            _ => throw new ArgumentOutOfRangeException(nameof(by)),
        }).ToList();
        var buckets = await GroupAsync(columns, "count(*)", command => $"relationships r WHERE {SqlRelationshipFilter.Where(command, filter)}", cancellationToken);

        // The file keeps schema names (PARTNERS_WITH); the store port reports types by their C# names, as Neo4j's does.
        return CountBuckets.Ordered(buckets.Select(b => b with
        {
            Keys = b.Keys.Select((k, i) => by[i] == RelationshipDimension.Type && k is not null ? RelationshipRows.ParseType(k).ToString() : k).ToList(),
        }));
    }

    private async Task<IReadOnlyList<CountBucket>> GroupAsync(
        IReadOnlyList<string> columns,
        string count,
        Func<SqliteCommand, string> fromWhere,
        CancellationToken cancellationToken)
    {
        var rows = await _connector.QueryAsync(
            command =>
            {
                var keys = string.Concat(columns.Select((c, i) => $"{c} AS k{i}, "));
                var groupBy = columns.Count == 0 ? string.Empty : " GROUP BY " + string.Join(", ", columns.Select((_, i) => $"k{i}"));
                command.CommandText = $"SELECT {keys}{count} FROM {fromWhere(command)}{groupBy}";
            },
            reader => new CountBucket(
                Enumerable.Range(0, columns.Count).Select(i => reader.IsDBNull(i) ? null : reader.GetString(i)).ToList(),
                reader.GetInt64(columns.Count)),
            cancellationToken);
        return CountBuckets.Ordered(rows);
    }
}
