using System.Diagnostics;
using Microsoft.Data.Sqlite;
using RareGraph.Domain.Model;
using RareGraph.Storage.Sqlite;

namespace RareGraph.Benchmarks.Import;

/// <summary>
/// The ceiling an import is compared with: the same rows, already in memory, written into a fresh store file by a bare
/// loop — the store's own bulk statements (64-row upserts, each row count prepared once), in one transaction, on a
/// connection set up as the store sets up its own for a bulk import (its page cache and synchronous level, and the
/// secondary indexes of the empty graph set aside and built again before the commit). No file, no parsing, no
/// validation, no lookups.
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
        using (var relationshipInsert = new BulkRowStatement<Relationship>(connection, "relationships", RelationshipRows.ColumnList, RelationshipRows.Write))
        {
            foreach (var relationship in relationships)
            {
                relationshipInsert.Add(relationship);
            }

            relationshipInsert.Flush();
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
}
