namespace RareGraph.Analysis.Spillover;

/// <summary>
/// The first positions of a report's order without ordering the rest: a dashboard reads the first page of a report that
/// may list a whole graph's organisations, and the total count needs no order at all.
/// </summary>
/// <remarks>
/// Report order (<see cref="ImpactOrdering"/>) sorts by score descending, then groups runs of scores tied with the run's
/// first score and orders each run by (hops, key). The entries scoring at least some floor are a prefix of the
/// score-sorted sequence (equal scores fall on the same side of it), so ordering them alone forms every run of that
/// prefix as ordering everything would, except that the last run may lack members below the floor. The floor lies a few
/// tie widths below the k-th largest score, so the runs holding the first k positions are whole; this is checked rather
/// than assumed: when the largest score left out is tied with the last run's first score, that run is not final, and if
/// fewer than k positions are then final the whole report is ordered instead. (A tie test against a fixed run head only
/// weakens as the other score falls, so the largest score left out is the only one to check.)
/// </remarks>
internal static class ReportPrefix
{
    /// <summary>Four tie widths: entries this far below the k-th score cannot belong to a run that starts above it.</summary>
    private const double FloorMargin = 4 * ScoreTies.RelativeTolerance;

    /// <summary>From a quarter of the entries on, ordering everything costs about what selecting first does.</summary>
    private const int WholeOrderShare = 4;

    /// <summary>
    /// Indices into <paramref name="entries"/> of at least the first <paramref name="wanted"/> positions of the report
    /// order (all of them when fewer), exactly as ordering every entry would place them.
    /// </summary>
    /// <param name="ranks">Each node's rank among the graph's keys in ordinal order.</param>
    /// <param name="entries">The report's entries, unordered.</param>
    /// <param name="wanted">How many positions the caller needs.</param>
    public static int[] Select(int[] ranks, ReportEntries entries, int wanted)
    {
        var count = entries.Count;
        if (wanted <= 0 || count == 0)
        {
            return [];
        }

        if ((long)wanted * WholeOrderShare >= count)
        {
            return OrderAll(ranks, entries);
        }

        var scores = entries.Scores;
        var threshold = KthLargest(scores, wanted);
        var floor = threshold - (threshold * FloorMargin);
        var candidates = 0;
        var largestLeftOut = double.NegativeInfinity;
        for (var i = 0; i < count; i++)
        {
            var score = scores[i];
            if (score >= floor)
            {
                candidates++;
            }
            else if (score > largestLeftOut)
            {
                largestLeftOut = score;
            }
        }

        var scratch = ReportScratch.Rent(candidates);
        var chosen = new int[candidates];
        var c = 0;
        for (var i = 0; i < count; i++)
        {
            if (scores[i] >= floor)
            {
                scratch.Scores[c] = scores[i];
                scratch.Hops[c] = entries.Hops[i];
                scratch.Nodes[c] = entries.Nodes[i];
                chosen[c++] = i;
            }
        }

        var order = ImpactOrdering.Order(ranks, scratch, candidates, out var lastRunStart);
        var final = candidates;

        // A run's first score is its largest: the run is ordered by (hops, key) now, so look for its maximum.
        var lastRunHead = 0.0;
        for (var p = lastRunStart; p < candidates; p++)
        {
            lastRunHead = Math.Max(lastRunHead, scratch.Scores[order[p]]);
        }

        if (candidates < count && ScoreTies.AreTied(lastRunHead, largestLeftOut))
        {
            final = lastRunStart;
        }

        if (final < wanted)
        {
            return OrderAll(ranks, entries);
        }

        var result = new int[final];
        for (var p = 0; p < final; p++)
        {
            result[p] = chosen[order[p]];
        }

        return result;
    }

    /// <summary>Every entry in report order.</summary>
    public static int[] OrderAll(int[] ranks, ReportEntries entries)
    {
        var count = entries.Count;
        var scratch = ReportScratch.Rent(count);
        entries.Scores.CopyTo(scratch.Scores, 0);
        entries.Hops.CopyTo(scratch.Hops, 0);
        entries.Nodes.CopyTo(scratch.Nodes, 0);
        return ImpactOrdering.Order(ranks, scratch, count, out _)[..count];
    }

    /// <summary>The k-th largest of <paramref name="scores"/> (1 ≤ k ≤ length), kept in a min-heap of the k largest so far.</summary>
    private static double KthLargest(double[] scores, int k)
    {
        var heap = new double[k];
        var size = 0;
        foreach (var score in scores)
        {
            if (size < k)
            {
                var i = size++;
                while (i > 0 && heap[(i - 1) / 2] > score)
                {
                    heap[i] = heap[(i - 1) / 2];
                    i = (i - 1) / 2;
                }

                heap[i] = score;
            }
            else if (score > heap[0])
            {
                SiftDown(heap, score);
            }
        }

        return heap[0];
    }

    /// <summary>Replaces the smallest of a full min-heap by <paramref name="score"/> and restores the heap.</summary>
    private static void SiftDown(double[] heap, double score)
    {
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= heap.Length)
            {
                break;
            }

            if (child + 1 < heap.Length && heap[child + 1] < heap[child])
            {
                child++;
            }

            if (heap[child] >= score)
            {
                break;
            }

            heap[i] = heap[child];
            i = child;
        }

        heap[i] = score;
    }
}
