namespace RareGraph.Analysis.Spillover;

/// <summary>The model's notion of equal scores: equal within a relative 1e-12.</summary>
internal static class ScoreTies
{
    public const double RelativeTolerance = 1e-12;

    public static bool AreTied(double a, double b) =>
        Math.Abs(a - b) <= RelativeTolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>True when <paramref name="candidate"/> beats <paramref name="incumbent"/> by more than a tie.</summary>
    public static bool IsBetter(double candidate, double incumbent) =>
        candidate > incumbent && !AreTied(candidate, incumbent);

    /// <summary>
    /// Sorts by score descending, then groups runs of scores tied with the run's first (highest) score and orders each
    /// run by <paramref name="tieBreak"/>. Grouping against the run head keeps the order well defined even though
    /// "tied within a tolerance" is not transitive.
    /// </summary>
    public static void Sort<T>(T[] items, int count, Func<T, double> score, Comparison<T> tieBreak)
    {
        Array.Sort(items, 0, count, Comparer<T>.Create((x, y) => score(y).CompareTo(score(x))));
        var start = 0;
        while (start < count)
        {
            var head = score(items[start]);
            var end = start + 1;
            while (end < count && AreTied(head, score(items[end])))
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(items, start, end - start, Comparer<T>.Create(tieBreak));
            }

            start = end;
        }
    }
}
