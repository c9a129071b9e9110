using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Sorting;

namespace RareGraph.Analysis.Spillover;

/// <summary>
/// The report order of an impact: <see cref="ScoreTies.Sort{T}"/>'s order (score descending, runs tied with their head
/// by fewer hops, then key), computed with radix sorts because a report may list a whole graph's organisations.
/// </summary>
/// <remarks>
/// The scores are sorted as plain doubles first (a positive double's bits order as the double does, so their
/// complement orders descending); entries with exactly equal scores always fall into the same tie run, and each run is
/// then fully ordered by (hops, key), so the result is the same whatever order the first sort leaves equal scores in.
/// </remarks>
internal static class ImpactOrdering
{
    /// <summary>Below this many entries a comparison sort beats the radix sort's fixed cost of counting passes.</summary>
    private const int SmallRun = 256;

    /// <summary>
    /// The indices <c>0 .. count - 1</c> of the scratch's entry arrays, in report order, in <c>scratch.Order[..count]</c>.
    /// </summary>
    public static int[] Order(GraphProjection graph, ReportScratch scratch, int count) => Order(graph.KeyRanks, scratch, count, out _);

    /// <summary>
    /// As <see cref="Order(GraphProjection, ReportScratch, int)"/>, with each node's rank among the keys given; also
    /// tells where the last tie run starts (0 when there are no entries).
    /// </summary>
    public static int[] Order(int[] ranks, ReportScratch scratch, int count, out int lastRunStart)
    {
        var scores = scratch.Scores;
        var hops = scratch.Hops;
        var nodes = scratch.Nodes;
        var keys = scratch.SortKeys;
        var order = scratch.Order;
        for (var i = 0; i < count; i++)
        {
            keys[i] = ~BitConverter.DoubleToUInt64Bits(scores[i]);
            order[i] = i;
        }

        RadixSort.Sort(keys.AsSpan(0, count), order.AsSpan(0, count), scratch.KeyBuffer, scratch.OrderBuffer);
        var start = 0;
        lastRunStart = 0;
        while (start < count)
        {
            lastRunStart = start;
            var head = scores[order[start]];
            var end = start + 1;
            while (end < count && ScoreTies.AreTied(head, scores[order[end]]))
            {
                end++;
            }

            if (end - start > 1)
            {
                // Keys are distinct, so (hops, key rank) orders a run completely, as (hops, key) does.
                for (var i = start; i < end; i++)
                {
                    keys[i] = ((ulong)(uint)hops[order[i]] << 32) | (uint)ranks[nodes[order[i]]];
                }

                var run = end - start;
                if (run < SmallRun)
                {
                    keys.AsSpan(start, run).Sort(order.AsSpan(start, run));
                }
                else
                {
                    RadixSort.Sort(keys.AsSpan(start, run), order.AsSpan(start, run), scratch.KeyBuffer, scratch.OrderBuffer);
                }
            }

            start = end;
        }

        return order;
    }
}
