namespace RareGraph.Analysis.Projection;

/// <summary>
/// Where each node's offer sits in a gathering layer's offer array: nodes ordered by how many inflow entries read
/// them, most first, so the offers of the hubs that most entries read share a few cache lines instead of being spread
/// over the whole array.
/// </summary>
/// <remarks>
/// A gathering layer reads one offer per entry at random. On the 1M-relationship benchmark graph the offers by node
/// number take 2 MB, twice the processor's L2 cache, while the degrees follow a power law. Ordering by degree
/// ("hub sorting": V. Balaji and B. Lucia, "When is graph reordering an optimization?", IISWC 2018) gathers the most-read
/// offers at the array's start. The products and their maxima are the same doubles in any order. Measured gain and its
/// caveats: docs/benchmarks.md, sixth round.
/// </remarks>
internal sealed class OfferSlots
{
    private OfferSlots(int[] slotOf, int[] nodeOf)
    {
        SlotOf = slotOf;
        NodeOf = nodeOf;
    }

    /// <summary>The slot of each node.</summary>
    public int[] SlotOf { get; }

    /// <summary>The node of each slot.</summary>
    public int[] NodeOf { get; }

    /// <summary>
    /// Slots for <paramref name="nodeCount"/> nodes, by descending count of entries in <paramref name="sources"/> and
    /// <paramref name="windowedSources"/> (node numbers), ties in node order; both arrays are then rewritten to slots.
    /// </summary>
    public static OfferSlots Assign(int nodeCount, int[] sources, int[] windowedSources)
    {
        var reads = new int[nodeCount];
        var mostReads = 0;
        foreach (var source in sources)
        {
            mostReads = Math.Max(mostReads, ++reads[source]);
        }

        foreach (var source in windowedSources)
        {
            mostReads = Math.Max(mostReads, ++reads[source]);
        }

        // A counting sort on the read counts, descending and stable: the first slot of each count, then the nodes in order.
        var firstSlot = new int[mostReads + 2];
        foreach (var count in reads)
        {
            firstSlot[mostReads - count + 1]++;
        }

        for (var c = 1; c < firstSlot.Length; c++)
        {
            firstSlot[c] += firstSlot[c - 1];
        }

        var slotOf = new int[nodeCount];
        var nodeOf = new int[nodeCount];
        for (var node = 0; node < nodeCount; node++)
        {
            var slot = firstSlot[mostReads - reads[node]]++;
            slotOf[node] = slot;
            nodeOf[slot] = node;
        }

        for (var i = 0; i < sources.Length; i++)
        {
            sources[i] = slotOf[sources[i]];
        }

        for (var i = 0; i < windowedSources.Length; i++)
        {
            windowedSources[i] = slotOf[windowedSources[i]];
        }

        return new OfferSlots(slotOf, nodeOf);
    }
}
