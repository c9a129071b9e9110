using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Sqlite;

/// <summary>Per-entity relationship pages in one round trip.</summary>
public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// Keys per statement: each key adds up to two terms to a compound SELECT, and SQLite allows 500 by default.
    /// </summary>
    private const int PageKeysPerStatement = 200;

    /// <summary>
    /// Each key's page is a LIMIT subquery per direction, read in page order from an index — outgoing rows from the
    /// primary key (from_key, type, to_key), incoming rows from (to_key, from_key, type) — so it stops after the limit;
    /// the subqueries of all keys go in one UNION ALL, and the two directions of a key are merged here. (A window
    /// function over all rows of each key would number every partner of a hub before keeping three.)
    /// </summary>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipPagesAsync(RelationshipPageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var keys = query.EntityKeys.Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0 || query.Limit <= 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>>(
                keys.ToDictionary(k => k, _ => (IReadOnlyList<Relationship>)[], StringComparer.Ordinal));
        }

        return StoreFaults.GuardAsync<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>>(async () =>
        {
            var found = keys.ToDictionary(k => k, _ => new List<Relationship>(), StringComparer.Ordinal);
            await using var connection = await OpenAsync(cancellationToken);
            foreach (var chunk in keys.Chunk(PageKeysPerStatement))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = PageSql(query, chunk.Length);
                BindPageParameters(command, query, chunk);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    found[reader.GetString(8)].Add(RelationshipRows.Read(reader));
                }
            }

            return found.ToDictionary(p => p.Key, p => query.Page(p.Value), StringComparer.Ordinal);
        });
    }

    private static string PageSql(RelationshipPageQuery query, int keyCount)
    {
        var descending = query.Backward ? " DESC" : string.Empty;
        var filters = new StringBuilder();
        if (query.Types is not null)
        {
            filters.Append(" AND r.type IN (SELECT value FROM json_each($types))");
        }

        if (query.At is not null)
        {
            filters.Append(" AND (r.valid_from IS NULL OR r.valid_from <= $at) AND (r.valid_to IS NULL OR r.valid_to >= $at)");
        }

        if (query.Position is not null)
        {
            filters.Append(query.Backward ? " AND (r.from_key, r.type, r.to_key) < ($pf, $pt, $pto)" : " AND (r.from_key, r.type, r.to_key) > ($pf, $pt, $pto)");
        }

        var terms = new List<string>();
        for (var i = 0; i < keyCount; i++)
        {
            var key = "$k" + i.ToString(CultureInfo.InvariantCulture);
            if (query.Direction != RelationshipDirection.Incoming)
            {
                terms.Add($"SELECT * FROM (SELECT r.*, {key} AS anchor FROM relationships r WHERE r.from_key = {key}{filters} " +
                          $"ORDER BY r.type{descending}, r.to_key{descending} LIMIT $limit)");
            }

            if (query.Direction != RelationshipDirection.Outgoing)
            {
                // A relationship from the entity to itself is outgoing too: counted once, there, when both are asked.
                var notSelf = query.Direction == RelationshipDirection.Both ? $" AND r.from_key <> {key}" : string.Empty;
                terms.Add($"SELECT * FROM (SELECT r.*, {key} AS anchor FROM relationships r WHERE r.to_key = {key}{notSelf}{filters} " +
                          $"ORDER BY r.from_key{descending}, r.type{descending} LIMIT $limit)");
            }
        }

        return string.Join(" UNION ALL ", terms);
    }

    private static void BindPageParameters(SqliteCommand command, RelationshipPageQuery query, string[] keys)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            command.Parameters.AddWithValue("$k" + i.ToString(CultureInfo.InvariantCulture), keys[i]);
        }

        command.Parameters.AddWithValue("$limit", query.Limit);
        if (query.Types is not null)
        {
            command.Parameters.AddWithValue("$types", JsonSerializer.Serialize(query.Types.Select(t => t.ToString())));
        }

        if (query.At is { } at)
        {
            command.Parameters.AddWithValue("$at", EntityRows.ToText(at));
        }

        if (query.Position is { } position)
        {
            command.Parameters.AddWithValue("$pf", position.FromKey);
            command.Parameters.AddWithValue("$pt", position.Type.ToString());
            command.Parameters.AddWithValue("$pto", position.ToKey);
        }
    }
}
