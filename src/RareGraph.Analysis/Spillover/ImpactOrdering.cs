using RareGraph.Analysis.Projection;

namespace RareGraph.Analysis.Spillover;

/// <summary>
/// The report order of an impact: <see cref="ScoreTies.Sort{T}"/>'s order (score descending, runs tied with their head
/// by fewer hops, then key), computed with primitive sorts because a report may list a whole graph's organisations.
/// </summary>
/// <remarks>
/// The scores are sorted as plain doubles first; entries with exactly equal scores always fall into the same tie run,
/// and each run is then fully ordered by (hops, key), so the result is the same whatever order the first sort leaves
/// equal scores in.
/// </remarks>
internal static class ImpactOrdering
{
    /// <summary>
    /// The indices <c>0 .. count - 1</c> of the scratch's entry arrays, in report order, in <c>scratch.Order[..count]</c>.
    /// </summary>
    public static int[] Order(GraphProjection graph, ReportScratch scratch, int count)
    {
        var scores = scratch.Scores;
        var hops = scratch.Hops;
        var nodes = scratch.Nodes;
        var negated = scratch.Negated;
        var order = scratch.Order;
        for (var i = 0; i < count; i++)
        {
            negated[i] = -scores[i];
            order[i] = i;
        }

        negated.AsSpan(0, count).Sort(order.AsSpan(0, count));
        var ranks = graph.KeyRanks;
        var tieKeys = scratch.TieKeys;
        var start = 0;
        while (start < count)
        {
            var head = -negated[start];
            var end = start + 1;
            while (end < count && ScoreTies.AreTied(head, -negated[end]))
            {
                end++;
            }

            if (end - start > 1)
            {
                // Keys are distinct, so (hops, key rank) orders a run completely, as (hops, key) does.
                for (var i = start; i < end; i++)
                {
                    tieKeys[i] = ((long)hops[order[i]] << 32) | (uint)ranks[nodes[order[i]]];
                }

                tieKeys.AsSpan(start, end - start).Sort(order.AsSpan(start, end - start));
            }

            start = end;
        }

        return order;
    }
}
