using RareGraph.Analysis.Sorting;

namespace RareGraph.Analysis.Projection;

/// <summary>
/// The <see cref="InflowIndex"/> cut into node ranges of about the same number of entries, so a gathering layer can be
/// shared between threads: chunk c covers nodes <c>[NodeBounds[c], NodeBounds[c + 1])</c> and, of the windowed entries
/// (which are in target order), <c>[WindowedBounds[c], WindowedBounds[c + 1])</c>. No two chunks share a target node.
/// </summary>
internal sealed class InflowChunks
{
    private InflowChunks(int entriesPerChunk, int[] nodeBounds, int[] windowedBounds, int largestSpan)
    {
        EntriesPerChunk = entriesPerChunk;
        NodeBounds = nodeBounds;
        WindowedBounds = windowedBounds;
        LargestSpan = largestSpan;
    }

    public int EntriesPerChunk { get; }

    public int[] NodeBounds { get; }

    public int[] WindowedBounds { get; }

    public int Count => NodeBounds.Length - 1;

    /// <summary>The most nodes any chunk covers.</summary>
    public int LargestSpan { get; }

    public static InflowChunks Build(InflowIndex index, int entriesPerChunk)
    {
        var offsets = index.Offsets;
        var nodeCount = offsets.Length - 1;
        var entries = (long)offsets[nodeCount];
        var count = (int)Math.Clamp((entries + entriesPerChunk - 1) / Math.Max(1, entriesPerChunk), 1, Math.Max(1, nodeCount));
        var nodeBounds = new int[count + 1];
        var windowedBounds = new int[count + 1];
        nodeBounds[count] = nodeCount;
        windowedBounds[count] = index.WindowedTargets.Length;
        for (var c = 1; c < count; c++)
        {
            // The first node whose entries start at or after the chunk's share; bounds never decrease.
            nodeBounds[c] = SortedSearch.LowerBound(offsets, 0, nodeCount, (int)(entries * c / count));
            windowedBounds[c] = SortedSearch.LowerBound(index.WindowedTargets, 0, index.WindowedTargets.Length, nodeBounds[c]);
        }

        var largestSpan = 0;
        for (var c = 0; c < count; c++)
        {
            largestSpan = Math.Max(largestSpan, nodeBounds[c + 1] - nodeBounds[c]);
        }

        return new InflowChunks(entriesPerChunk, nodeBounds, windowedBounds, largestSpan);
    }

}
