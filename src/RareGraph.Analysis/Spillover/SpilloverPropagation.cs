using RareGraph.Analysis.Budget;
using RareGraph.Analysis.Projection;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Spillover;

/// <summary>
/// Hop-bounded maximum-product propagation: after layer h every reached node holds the best product over walks of at
/// most h steps from any seed, and the hop layer at which that best was first reached.
/// </summary>
/// <remarks>
/// A layered Bellman–Ford (R. Bellman, "On a routing problem", 1958): layer h relaxes only the arcs of nodes that
/// improved in layer h − 1, because a node that did not improve cannot offer anything new. Step factors are at most 1,
/// so a walk that repeats a node never beats the simple path inside it; the best walk is a best simple path, as the
/// model asks. An improvement smaller than a 1e-12 relative tie is not taken, so among tied paths the one with fewer
/// hops is kept. Candidates below minScore are dropped at once: factors never raise a score, so nothing beyond them
/// could reach minScore either.
/// </remarks>
internal static class SpilloverPropagation
{
    /// <summary>
    /// Runs the propagation into <paramref name="scratch"/>; seeds must already be events at hop 0. With a
    /// <c>bound</c>, a node is entered only if the bound says the score could still carry on to the one node of
    /// interest: that node's numbers are unchanged, the others are left incomplete.
    /// </summary>
    public static void Run(
        GraphProjection graph,
        PropagationScratch scratch,
        int day,
        SpilloverWeights weights,
        int maxHops,
        double minScore,
        BudgetMeter meter,
        INodeBound? bound = null)
    {
        var offsets = graph.ArcOffsets;
        var layout = graph.ArcLayout;
        var arcs = graph.Arcs;
        var targets = layout.Targets;
        var traits = layout.Traits;
        var strengths = graph.EdgeStrengths;
        var validFrom = graph.EdgeValidFrom;
        var validTo = graph.EdgeValidTo;
        var arcFactors = weights.ArcFactors;
        var nodes = scratch.Nodes;

        // With strengths at most 1, no arc out of a node carries more than score × MaxArcFactor (rounding is monotone),
        // so a node below minScore / that cannot reach the floor anywhere and its arcs need not be read.
        var maxFactor = layout.StrengthsAtMostOne ? weights.MaxArcFactor : double.PositiveInfinity;

        // For the same reason an arc whose type weight alone misses minScore is dropped before its strength is read.
        // Otherwise only blocked arcs (a negative factor) are dropped early.
        var earlyFloor = layout.StrengthsAtMostOne ? minScore : 0.0;

        var frontierCount = 0;
        var frontier = scratch.Frontier;
        for (var e = 0; e < scratch.EventCount; e++)
        {
            if (frontierCount == frontier.Length)
            {
                frontier = PropagationScratch.Grow(frontier, frontierCount * 2);
            }

            frontier[frontierCount++] = e;
        }

        var next = scratch.NextFrontier;
        for (var hop = 1; hop <= maxHops && frontierCount > 0; hop++)
        {
            var nextCount = 0;
            var stamp = scratch.Stamp;
            for (var f = 0; f < frontierCount; f++)
            {
                var fromEvent = frontier[f];
                var node = scratch.EventNode[fromEvent];
                var score = scratch.EventScore[fromEvent];
                var end = offsets[node + 1];
                var start = offsets[node];
                // Charged even when skipped, so the budget counts the same arcs as a full scan would.
                meter.Charge(end - start);
                if (score * maxFactor < minScore)
                {
                    continue;
                }

                for (var a = start; a < end; a++)
                {
                    int trait = traits[a];
                    var factor = arcFactors[trait];
                    var candidate = score * factor;
                    if (candidate < earlyFloor)
                    {
                        continue;
                    }

                    if ((trait & (ArcLayout.HasWindowBit | ArcLayout.HasStrengthBit)) != 0)
                    {
                        var edge = arcs[a] >> 1;
                        if ((trait & ArcLayout.HasWindowBit) != 0 && (validFrom[edge] > day || validTo[edge] < day))
                        {
                            continue;
                        }

                        if ((trait & ArcLayout.HasStrengthBit) != 0)
                        {
                            candidate = score * (factor * strengths[edge]);
                        }
                    }

                    if (candidate < minScore)
                    {
                        continue;
                    }

                    var target = targets[a];
                    if (bound is not null && !bound.CanStillReach(target, candidate))
                    {
                        continue;
                    }

                    ref var state = ref nodes[target];
                    if (state.Stamp != stamp)
                    {
                        scratch.AddEvent(target, hop, candidate, fromEvent, arcs[a]);
                        next = Push(next, ref nextCount, scratch.EventCount - 1);
                        continue;
                    }

                    if (!ScoreTies.IsBetter(candidate, state.Score))
                    {
                        continue;
                    }

                    if (state.Hops == hop)
                    {
                        // Improved twice in this layer: the event is not yet anyone's parent, so it is updated in place.
                        scratch.ImproveLastEvent(target, candidate, fromEvent, arcs[a]);
                    }
                    else
                    {
                        scratch.AddEvent(target, hop, candidate, fromEvent, arcs[a]);
                        next = Push(next, ref nextCount, scratch.EventCount - 1);
                    }
                }
            }

            (frontier, next) = (next, frontier);
            frontierCount = nextCount;
        }

        scratch.Frontier = frontier;
        scratch.NextFrontier = next;
    }

    /// <summary>The explaining path of <paramref name="node"/>, following parent events back to a seed.</summary>
    public static SpilloverPath PathTo(GraphProjection graph, PropagationScratch scratch, int node)
    {
        var last = scratch.LastEventOf(node);
        var hops = scratch.EventHops[last];
        var keys = new string[hops + 1];
        var relationships = new RelationshipKey[hops];
        var e = last;
        for (var i = hops; i >= 0; i--)
        {
            keys[i] = graph.Keys[scratch.EventNode[e]];
            if (i > 0)
            {
                relationships[i - 1] = graph.IdentityOf(scratch.EventArc[e] >> 1);
                e = scratch.EventParent[e];
            }
        }

        return new SpilloverPath(keys, relationships, scratch.EventScore[last], hops);
    }

    private static int[] Push(int[] list, ref int count, int value)
    {
        if (count == list.Length)
        {
            list = PropagationScratch.Grow(list, count * 2);
        }

        list[count++] = value;
        return list;
    }
}
