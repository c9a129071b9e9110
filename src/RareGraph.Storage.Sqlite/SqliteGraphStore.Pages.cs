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
    /// Each key's page is read with a LIMIT query per direction, in page order from an index — outgoing rows from the
    /// primary key (from_key, type, to_key), incoming rows from (to_key, from_key, type) — so it stops after the limit.
    /// The two statements are prepared once per call and run once per key on one connection; the directions of a key
    /// are merged here. (Measured and rejected: one UNION ALL of every key's subqueries cost more to compile than all
    /// the small runs together, and a window function over all rows of each key numbers every partner of a hub before
    /// keeping three.)
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
            var result = new Dictionary<string, IReadOnlyList<Relationship>>(StringComparer.Ordinal);
            await using var connection = await OpenAsync(cancellationToken);
            var commands = new List<SqliteCommand>();
            try
            {
                foreach (var outgoing in new[] { true, false })
                {
                    if (query.Direction != (outgoing ? RelationshipDirection.Incoming : RelationshipDirection.Outgoing))
                    {
                        var command = connection.CreateCommand();
                        command.CommandText = PageSql(query, outgoing);
                        BindPageParameters(command, query);
                        command.Prepare();
                        commands.Add(command);
                    }
                }

                var rows = new List<Relationship>();
                foreach (var key in keys)
                {
                    rows.Clear();
                    foreach (var command in commands)
                    {
                        command.Parameters["$key"].Value = key;
                        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                        while (await reader.ReadAsync(cancellationToken))
                        {
                            rows.Add(RelationshipRows.Read(reader));
                        }
                    }

                    result[key] = query.Page(rows);
                }
            }
            finally
            {
                foreach (var command in commands)
                {
                    await command.DisposeAsync();
                }
            }

            return result;
        });
    }

    private static string PageSql(RelationshipPageQuery query, bool outgoing)
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

        if (outgoing)
        {
            return $"SELECT r.* FROM relationships r WHERE r.from_key = $key{filters} ORDER BY r.type{descending}, r.to_key{descending} LIMIT $limit";
        }

        // A relationship from the entity to itself is outgoing too: counted once, there, when both are asked.
        var notSelf = query.Direction == RelationshipDirection.Both ? " AND r.from_key <> $key" : string.Empty;
        return $"SELECT r.* FROM relationships r WHERE r.to_key = $key{notSelf}{filters} ORDER BY r.from_key{descending}, r.type{descending} LIMIT $limit";
    }

    private static void BindPageParameters(SqliteCommand command, RelationshipPageQuery query)
    {
        command.Parameters.Add(new SqliteParameter("$key", SqliteType.Text) { Value = string.Empty });
        command.Parameters.AddWithValue("$limit", query.Limit);
        if (query.Types is not null)
        {
            command.Parameters.AddWithValue("$types", JsonSerializer.Serialize(query.Types.Select(RelationshipTypeNames.Of)));
        }

        if (query.At is { } at)
        {
            command.Parameters.AddWithValue("$at", EntityRows.ToText(at));
        }

        if (query.Position is { } position)
        {
            command.Parameters.AddWithValue("$pf", position.FromKey);
            command.Parameters.AddWithValue("$pt", RelationshipTypeNames.Of(position.Type));
            command.Parameters.AddWithValue("$pto", position.ToKey);
        }
    }
}
