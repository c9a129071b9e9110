using System.Diagnostics;
using Microsoft.Data.Sqlite;
using RareGraph.Domain.Model;
using RareGraph.Storage.Sqlite;

namespace RareGraph.Benchmarks.Import;

/// <summary>
/// The ceiling an import is compared with: the same rows, already in memory, written into a fresh store file by a bare
/// loop — the store's own bulk write path, in one transaction, on one thread: 64-row upserts of the entities, their
/// indexes built, the relationships gathered in the temporary table and moved into theirs in key order, their index
/// built, the commit; on a connection set up as the store sets up its own for a bulk import (its page cache, synchronous
/// level and no checkpoint in the commit; the secondary indexes of the empty graph set aside). No file, no parsing, no
/// validation, no lookups. The checkpoint the store runs after an import has answered is timed apart, after the ceiling.
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
        using (var entityInsert = new BulkRowStatement<Entity>(connection, "entities", EntityRows.ColumnList, EntityRows.Write))
        {
            foreach (var entity in entities)
            {
                entityInsert.Add(entity);
            }

            entityInsert.Flush();
        }

        var entitySeconds = Lap(phase);
        indexes.Rebuild(connection, transaction, "entities");
        var entityIndexSeconds = Lap(phase);
        double stagedSeconds, movedSeconds;
        using (var relationshipInsert = StagedRelationships.Create(connection, transaction))
        {
            foreach (var relationship in relationships)
            {
                relationshipInsert.Add(relationship);
            }

            relationshipInsert.Flush();
            stagedSeconds = Lap(phase);
            relationshipInsert.MoveIntoRelationships();
            movedSeconds = Lap(phase);
        }

        await indexes.RebuildAsync(connection, transaction, CancellationToken.None);
        var indexSeconds = Lap(phase);
        transaction.Commit();
        var commitSeconds = Lap(phase);
        log.WriteLine($"import: ceiling phases: entities {entitySeconds:0.00} s, their indexes {entityIndexSeconds:0.00} s, relationships gathered {stagedSeconds:0.00} s, " +
                      $"moved in key order {movedSeconds:0.00} s, their index {indexSeconds:0.00} s ({indexes.Count} indexes in all), commit {commitSeconds:0.00} s");
    }

    /// <summary>The checkpoint the store runs after an import has answered, on the ceiling's file: not in its time.</summary>
    public static async Task<double> CheckpointAsync(string databasePath)
    {
        await using var connection = await new SqliteConnector(new SqliteStoreOptions { Path = databasePath }).OpenAsync(CancellationToken.None);
        var started = Stopwatch.GetTimestamp();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        await command.ExecuteNonQueryAsync();
        return Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static double Lap(Stopwatch phase)
    {
        var seconds = phase.Elapsed.TotalSeconds;
        phase.Restart();
        return seconds;
    }
}
