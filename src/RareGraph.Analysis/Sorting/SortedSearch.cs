namespace RareGraph.Analysis.Sorting;

/// <summary>Binary search over ascending integer arrays, as the projection's indexes lay out their targets.</summary>
internal static class SortedSearch
{
    /// <summary>The first position in [<paramref name="low"/>, <paramref name="high"/>) whose value is not below <paramref name="value"/>.</summary>
    public static int LowerBound(int[] sorted, int low, int high, int value)
    {
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
