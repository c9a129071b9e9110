using Microsoft.Data.Sqlite;
using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;

namespace RareGraph.Storage.Sqlite;

/// <summary>Applies a <see cref="GraphWrite"/> inside an open transaction, one prepared statement per kind of change.</summary>
internal static class WriteBatch
{
    public static async Task ApplyAsync(SqliteConnection connection, SqliteTransaction transaction, GraphWrite write, CancellationToken cancellationToken)
    {
        if (write.RemovedRelationships.Count > 0)
        {
            await using var remove = Prepare(connection, transaction, "DELETE FROM relationships WHERE from_key = $from AND type = $type AND to_key = $to");
            remove.Parameters.Add(new SqliteParameter("$from", null));
            remove.Parameters.Add(new SqliteParameter("$type", null));
            remove.Parameters.Add(new SqliteParameter("$to", null));
            foreach (var key in write.RemovedRelationships)
            {
                remove.Parameters["$from"].Value = key.FromKey;
                remove.Parameters["$type"].Value = RelationshipTypeNames.Of(key.Type);
                remove.Parameters["$to"].Value = key.ToKey;
                await remove.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        if (write.DeletedEntities.Count > 0)
        {
            await using var detach = Prepare(connection, transaction, "DELETE FROM relationships WHERE from_key = $key OR to_key = $key");
            await using var delete = Prepare(connection, transaction, "DELETE FROM entities WHERE key = $key");
            detach.Parameters.Add(new SqliteParameter("$key", null));
            delete.Parameters.Add(new SqliteParameter("$key", null));
            foreach (var key in write.DeletedEntities)
            {
                detach.Parameters["$key"].Value = key;
                delete.Parameters["$key"].Value = key;
                await detach.ExecuteNonQueryAsync(cancellationToken);
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        if (write.UpsertedEntities.Count > 0)
        {
            await using var upsert = Prepare(connection, transaction, EntityRows.Upsert);
            EntityRows.DeclareParameters(upsert);
            foreach (var entity in write.UpsertedEntities)
            {
                PositionalBinding.Bind(upsert, entity, EntityRows.Write);
                await upsert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        if (write.UpsertedRelationships.Count > 0)
        {
            await using var upsert = Prepare(connection, transaction, RelationshipRows.Upsert);
            RelationshipRows.DeclareParameters(upsert);
            foreach (var relationship in write.UpsertedRelationships)
            {
                PositionalBinding.Bind(upsert, relationship, RelationshipRows.Write);
                await upsert.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
