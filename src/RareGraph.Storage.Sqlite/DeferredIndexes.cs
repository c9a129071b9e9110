using Microsoft.Data.Sqlite;

namespace RareGraph.Storage.Sqlite;

/// <summary>
/// The graph's secondary indexes, set aside for a bulk load into an empty graph and built again, from their own stored
/// definitions, before the same transaction commits. Building an index once from the finished table is a sort; keeping
/// it up to date row by row is a random B-tree insert per row and index (an index led by <c>to_key</c>, whose order no
/// file follows, above all), which made the bulk import about ten times slower.
/// </summary>
/// <remarks>
/// Only an empty graph qualifies: there nothing has to be re-indexed that the import did not write itself. Everything
/// happens inside the import's one transaction, so a rollback (or a killed process) leaves the indexes exactly as they
/// were, and readers on other connections keep seeing the committed graph, indexes and all, until the commit.
/// The definitions are read from <c>sqlite_master</c>, so an index a later schema step adds is set aside and rebuilt too.
/// </remarks>
internal sealed class DeferredIndexes
{
    private static readonly string[] Tables = ["entities", "relationships"];

    // Automatic indexes (primary keys, UNIQUE) have no SQL of their own and stay: the upserts need them.
    private static readonly string IndexListSql =
        $"SELECT name, sql, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({string.Join(", ", Tables.Select(t => $"'{t}'"))}) ORDER BY name";

    private readonly List<(string Table, string Definition)> _definitions;

    private DeferredIndexes(List<(string Table, string Definition)> definitions)
    {
        _definitions = definitions;
        Count = definitions.Count;
    }

    /// <summary>How many indexes were set aside (none when the graph was not empty).</summary>
    public int Count { get; }

    /// <summary>Drops the secondary indexes of the graph's tables when both are empty; otherwise changes nothing.</summary>
    public static async Task<DeferredIndexes> SetAsideIfEmptyAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        if (!await IsEmptyAsync(connection, transaction, cancellationToken))
        {
            return new DeferredIndexes([]);
        }

        var indexes = new List<(string Name, string Definition, string Table)>();
        await using (var list = Command(connection, transaction, IndexListSql))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var (name, _, _) in indexes)
        {
            await using var drop = Command(connection, transaction, $"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        return new DeferredIndexes(indexes.Select(i => (i.Table, i.Definition)).ToList());
    }

    /// <summary>Builds every index still set aside, inside the transaction, before it commits.</summary>
    public async Task RebuildAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var (_, definition) in _definitions)
        {
            await using var create = Command(connection, transaction, definition);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        _definitions.Clear();
    }

    /// <summary>
    /// Builds the indexes of one table now, when its rows are complete (a bulk import's entities, while its relationships
    /// are still being read). A row written after that still lands in them, as in any indexed table.
    /// </summary>
    public void Rebuild(SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        foreach (var (_, definition) in _definitions.Where(d => string.Equals(d.Table, table, StringComparison.Ordinal)))
        {
            using var create = Command(connection, transaction, definition);
            create.ExecuteNonQuery();
        }

        _definitions.RemoveAll(d => string.Equals(d.Table, table, StringComparison.Ordinal));
    }

    private static async Task<bool> IsEmptyAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT NOT EXISTS (SELECT 1 FROM entities) AND NOT EXISTS (SELECT 1 FROM relationships)");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! == 1;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
