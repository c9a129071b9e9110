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
    /// <summary>The indices <c>0 .. count - 1</c> of the parallel entry arrays, in report order.</summary>
    public static int[] Order(GraphProjection graph, double[] scores, int[] hops, int[] nodes, int count)
    {
        var negated = new double[count];
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            negated[i] = -scores[i];
            order[i] = i;
        }

        negated.AsSpan().Sort(order.AsSpan());
        var ranks = graph.KeyRanks;
        long[]? tieKeys = null;
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
                tieKeys ??= new long[count];
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
