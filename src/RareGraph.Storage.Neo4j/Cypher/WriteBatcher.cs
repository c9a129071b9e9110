using RareGraph.Domain.Storage;

namespace RareGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Cuts a large write into batches of at most a given number of rows, keeping <see cref="GraphWrite"/>'s order:
/// every batch holds a contiguous slice of (removals, deletions, entity upserts, relationship upserts), so running
/// the batches in sequence applies the changes in the same order as one statement would.
/// </summary>
internal static class WriteBatcher
{
    public static int RowCount(GraphWrite write) =>
        write.RemovedRelationships.Count + write.DeletedEntities.Count + write.UpsertedEntities.Count + write.UpsertedRelationships.Count;

    public static IEnumerable<GraphWrite> Split(GraphWrite write, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var total = RowCount(write);
        for (var start = 0; start < total; start += batchSize)
        {
            yield return Slice(write, start, Math.Min(batchSize, total - start));
        }
    }

    private static GraphWrite Slice(GraphWrite write, int start, int count)
    {
        var removed = Take(write.RemovedRelationships, ref start, ref count);
        var deleted = Take(write.DeletedEntities, ref start, ref count);
        var entities = Take(write.UpsertedEntities, ref start, ref count);
        var relationships = Take(write.UpsertedRelationships, ref start, ref count);
        return new GraphWrite(removed, deleted, entities, relationships);
    }

    /// <summary>Takes the part of <paramref name="items"/> inside the window, moving the window past the list.</summary>
    private static List<T> Take<T>(IReadOnlyList<T> items, ref int start, ref int count)
    {
        if (start >= items.Count)
        {
            start -= items.Count;
            return [];
        }

        var taken = Math.Min(count, items.Count - start);
        var slice = new List<T>(taken);
        for (var i = start; i < start + taken; i++)
        {
            slice.Add(items[i]);
        }

        start = 0;
        count -= taken;
        return slice;
    }
}
