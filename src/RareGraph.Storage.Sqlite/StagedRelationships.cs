using Microsoft.Data.Sqlite;
using RareGraph.Domain.Model;

namespace RareGraph.Storage.Sqlite;

/// <summary>
/// A bulk import's relationships, gathered in a temporary table without keys as they arrive and moved into
/// <c>relationships</c> in key order by one statement before the commit.
/// </summary>
/// <remarks>
/// Rows arrive in file order, which need not follow the primary key <c>(from_key, type, to_key)</c>: written straight
/// into the table, every row was a random insert into its B-tree, leaving pages part-full. Appending to a table without
/// keys costs little; SQLite's sorter then orders all rows at once and the table is built from the left, in page order.
/// The move is an <c>INSERT OR REPLACE</c> ordered by the key and then by arrival (the temporary table's rowid), so a
/// relationship given twice ends as its last version, and one already stored is replaced, as a row-by-row upsert did.
/// The temporary table is the connection's own and is created inside the import's transaction: a rollback removes it.
/// </remarks>
internal sealed class StagedRelationships : IDisposable
{
    private const string Table = "temp.import_relationships";

    private static readonly string ColumnList = string.Join(", ", RelationshipRows.ColumnList);

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly BulkRowStatement<Relationship> _rows;

    private StagedRelationships(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _rows = new BulkRowStatement<Relationship>(connection, Table, RelationshipRows.ColumnList, RelationshipRows.Write);
    }

    /// <summary>Creates the empty temporary table inside <paramref name="transaction"/>.</summary>
    public static StagedRelationships Create(SqliteConnection connection, SqliteTransaction transaction)
    {
        Execute(connection, transaction, $"DROP TABLE IF EXISTS {Table}; CREATE TEMP TABLE {Table.Split('.')[1]} ({ColumnList})");
        return new StagedRelationships(connection, transaction);
    }

    /// <summary>Adds a relationship (written with the next 64 rows or at <see cref="Flush"/>).</summary>
    public void Add(Relationship relationship) => _rows.Add(relationship);

    /// <summary>Writes the rows gathered so far into the temporary table.</summary>
    public void Flush() => _rows.Flush();

    /// <summary>Moves every gathered row into <c>relationships</c>, in key order, and drops the temporary table.</summary>
    public void MoveIntoRelationships()
    {
        _rows.Flush();
        Execute(
            _connection,
            _transaction,
            $"INSERT OR REPLACE INTO relationships ({ColumnList}) SELECT {ColumnList} FROM {Table} ORDER BY from_key, type, to_key, rowid; DROP TABLE {Table}");
    }

    public void Dispose() => _rows.Dispose();

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
