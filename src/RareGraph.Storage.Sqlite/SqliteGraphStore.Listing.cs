using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Sqlite;

/// <summary>The graph's relationships as one connection: a keyset page read along the primary key.</summary>
public sealed partial class SqliteGraphStore
{
    public async Task<IReadOnlyList<Relationship>> ListRelationshipsAsync(RelationshipListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await _connector.QueryAsync(
            command =>
            {
                var where = SqlRelationshipFilter.Where(command, query.Filter);
                if (query.Position is { } position)
                {
                    // A row value compared in the primary key's order: the range starts in the index, no sort needed.
                    command.Parameters.AddWithValue("$after_from", position.FromKey);
                    command.Parameters.AddWithValue("$after_type", RelationshipTypeNames.Of(position.Type));
                    command.Parameters.AddWithValue("$after_to", position.ToKey);
                    where += $" AND (r.from_key, r.type, r.to_key) {(query.Backward ? "<" : ">")} ($after_from, $after_type, $after_to)";
                }

                var direction = query.Backward ? " DESC" : string.Empty;
                command.Parameters.AddWithValue("$limit", query.Limit);
                command.CommandText = $"SELECT r.* FROM relationships r WHERE {where} " +
                    $"ORDER BY r.from_key{direction}, r.type{direction}, r.to_key{direction} LIMIT $limit";
            },
            RelationshipRows.Read,
            cancellationToken);
        return query.Backward ? rows.Reverse().ToList() : rows;
    }
}
