using System.Diagnostics;
using Microsoft.Data.Sqlite;
using RareGraph.Domain.Model;
using RareGraph.Storage.Sqlite;

namespace RareGraph.Benchmarks.Import;

/// <summary>
/// The ceiling an import is compared with: the same rows, already in memory, written into a fresh store file by a bare
/// loop — the store's own upsert statements, prepared once, bound and run row by row in one transaction, on a
/// connection set up as the store sets up its own for a bulk import (its page cache, and the secondary indexes of the
/// empty graph set aside and built again before the commit). No file, no parsing, no validation, no lookups.
/// </summary>
internal static class InsertCeiling
{
    public static async Task InsertAsync(string databasePath, IReadOnlyList<Entity> entities, IReadOnlyList<Relationship> relationships, TextWriter log)
    {
        var options = new SqliteStoreOptions { Path = databasePath };
        using (var store = new SqliteGraphStore(options))
        {
            await store.InitializeAsync(CancellationToken.None);
        }

        await using var connection = await new SqliteConnector(options).OpenAsync(CancellationToken.None);
        await BulkLoadSettings.ApplyAsync(connection, CancellationToken.None);
        using var transaction = connection.BeginTransaction(deferred: false);
        var indexes = await DeferredIndexes.SetAsideIfEmptyAsync(connection, transaction, CancellationToken.None);
        var phase = Stopwatch.StartNew();
        using var entityInsert = Prepare(connection, transaction, EntityRows.Upsert);
        EntityRows.DeclareParameters(entityInsert);
        foreach (var entity in entities)
        {
            EntityRows.Bind(entityInsert, entity);
            entityInsert.ExecuteNonQuery();
        }

        var entitySeconds = Lap(phase);
        using var relationshipInsert = Prepare(connection, transaction, RelationshipRows.Upsert);
        RelationshipRows.DeclareParameters(relationshipInsert);
        foreach (var relationship in relationships)
        {
            RelationshipRows.Bind(relationshipInsert, relationship);
            relationshipInsert.ExecuteNonQuery();
        }

        var relationshipSeconds = Lap(phase);
        await indexes.RebuildAsync(connection, transaction, CancellationToken.None);
        var indexSeconds = Lap(phase);
        transaction.Commit();
        log.WriteLine($"import: ceiling phases: entities {entitySeconds:0.00} s, relationships {relationshipSeconds:0.00} s, " +
                      $"{indexes.Count} indexes built {indexSeconds:0.00} s, commit {Lap(phase):0.00} s");
    }

    private static double Lap(Stopwatch phase)
    {
        var seconds = phase.Elapsed.TotalSeconds;
        phase.Restart();
        return seconds;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
