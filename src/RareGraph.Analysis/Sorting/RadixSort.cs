namespace RareGraph.Analysis.Sorting;

/// <summary>
/// A stable least-significant-digit radix sort of 64-bit keys carrying an int each: linear time, for the report
/// orderings whose hundreds of thousands of entries a comparison sort takes several milliseconds to order.
/// </summary>
internal static class RadixSort
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int Mask = Buckets - 1;

    /// <summary>
    /// Sorts <paramref name="keys"/> ascending and permutes <paramref name="items"/> alike; equal keys keep their order.
    /// The buffers must be at least as long as the keys; digits on which all keys agree cost one counting pass only, and
    /// digits above every key's highest bit none.
    /// </summary>
    public static void Sort(Span<ulong> keys, Span<int> items, Span<ulong> keyBuffer, Span<int> itemBuffer)
    {
        var count = keys.Length;
        if (count < 2)
        {
            return;
        }

        // Digits above the highest set bit of every key are all zero: not even a counting pass is spent on them (node
        // numbers sorted as 64-bit keys need two digits of the six).
        var anyBits = 0UL;
        foreach (var key in keys)
        {
            anyBits |= key;
        }

        var bits = 64 - System.Numerics.BitOperations.LeadingZeroCount(anyBits);
        var counts = new int[Buckets];
        var sourceKeys = keys;
        var sourceItems = items;
        var targetKeys = keyBuffer[..count];
        var targetItems = itemBuffer[..count];
        var inBuffer = false;
        for (var shift = 0; shift < bits; shift += DigitBits)
        {
            Array.Clear(counts);
            for (var i = 0; i < count; i++)
            {
                counts[(int)(sourceKeys[i] >> shift) & Mask]++;
            }

            if (counts[(int)(sourceKeys[0] >> shift) & Mask] == count)
            {
                continue;
            }

            var total = 0;
            for (var b = 0; b < Buckets; b++)
            {
                (counts[b], total) = (total, total + counts[b]);
            }

            for (var i = 0; i < count; i++)
            {
                var key = sourceKeys[i];
                var slot = counts[(int)(key >> shift) & Mask]++;
                targetKeys[slot] = key;
                targetItems[slot] = sourceItems[i];
            }

            var swapKeys = sourceKeys;
            sourceKeys = targetKeys;
            targetKeys = swapKeys;
            var swapItems = sourceItems;
            sourceItems = targetItems;
            targetItems = swapItems;
            inBuffer = !inBuffer;
        }

        if (inBuffer)
        {
            sourceKeys.CopyTo(keys);
            sourceItems.CopyTo(items);
        }
    }
}
