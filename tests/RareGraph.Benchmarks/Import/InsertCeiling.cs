using Microsoft.Data.Sqlite;
using RareGraph.Domain.Model;
using RareGraph.Storage.Sqlite;

namespace RareGraph.Benchmarks.Import;

/// <summary>
/// The ceiling an import is compared with: the same rows, already in memory, written into a fresh store file by a bare
/// loop — the store's own upsert statements, prepared once, bound and run row by row in one transaction, on a
/// connection set up as the store sets up its own. No file, no parsing, no validation, no lookups.
/// </summary>
internal static class InsertCeiling
{
    public static async Task InsertAsync(string databasePath, IReadOnlyList<Entity> entities, IReadOnlyList<Relationship> relationships)
    {
        var options = new SqliteStoreOptions { Path = databasePath };
        using (var store = new SqliteGraphStore(options))
        {
            await store.InitializeAsync(CancellationToken.None);
        }

        await using var connection = await new SqliteConnector(options).OpenAsync(CancellationToken.None);
        using var transaction = connection.BeginTransaction(deferred: false);
        using var entityInsert = Prepare(connection, transaction, EntityRows.Upsert);
        EntityRows.DeclareParameters(entityInsert);
        foreach (var entity in entities)
        {
            EntityRows.Bind(entityInsert, entity);
            entityInsert.ExecuteNonQuery();
        }

        using var relationshipInsert = Prepare(connection, transaction, RelationshipRows.Upsert);
        RelationshipRows.DeclareParameters(relationshipInsert);
        foreach (var relationship in relationships)
        {
            RelationshipRows.Bind(relationshipInsert, relationship);
            relationshipInsert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
