using RareGraph.Analysis.Projection;

namespace RareGraph.Analysis.Spillover;

/// <summary>
/// One propagation layer run forwards: every node that improved in the previous layer offers its score along its own
/// arcs. Cheap when few nodes improved; each offer that passes the floor costs a random read of its target.
/// </summary>
internal static class ScatterLayer
{
    /// <summary>Relaxes the arcs of <paramref name="frontier"/>'s events; returns the next frontier's size.</summary>
    public static int Run(
        GraphProjection graph,
        PropagationScratch scratch,
        in LayerQuery query,
        int hop,
        int[] frontier,
        int frontierCount,
        ref int[] next)
    {
        var offsets = graph.ArcOffsets;
        var layout = graph.ArcLayout;
        var arcs = graph.Arcs;
        var targets = layout.Targets;
        var traits = layout.Traits;
        var strengths = graph.EdgeStrengths;
        var validFrom = graph.EdgeValidFrom;
        var validTo = graph.EdgeValidTo;
        var arcFactors = query.Weights.ArcFactors;
        var nodes = scratch.Nodes;
        var day = query.Day;
        var minScore = query.MinScore;
        var bound = query.Bound;

        // With strengths at most 1, no arc out of a node carries more than score × MaxArcFactor (rounding is monotone),
        // so a node below minScore / that cannot reach the floor anywhere and its arcs need not be read.
        var maxFactor = layout.StrengthsAtMostOne ? query.Weights.MaxArcFactor : double.PositiveInfinity;

        // For the same reason an arc whose type weight alone misses minScore is dropped before its strength is read.
        // Otherwise only blocked arcs (a negative factor) are dropped early.
        var earlyFloor = layout.StrengthsAtMostOne ? minScore : 0.0;

        var kinds = graph.Kinds;
        var everyNode = query.Scores(hop, GraphProjection.NoKind);
        var nextCount = 0;
        var stamp = scratch.Stamp;
        for (var f = 0; f < frontierCount; f++)
        {
            var fromEvent = frontier[f];
            var score = scratch.EventScore[fromEvent];
            if (score * maxFactor < minScore)
            {
                continue;
            }

            var node = scratch.EventNode[fromEvent];
            var end = offsets[node + 1];
            for (var a = offsets[node]; a < end; a++)
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
                if (!everyNode && !query.Scores(hop, kinds[target]))
                {
                    continue;
                }

                if (bound is not null && !bound.CanStillReach(target, candidate))
                {
                    continue;
                }

                ref var state = ref nodes[target];
                if (state.Stamp != stamp)
                {
                    scratch.AddEvent(target, hop, candidate, arcs[a]);
                    Frontier.Push(ref next, ref nextCount, scratch.EventCount - 1);
                    continue;
                }

                if (state.Hops == hop)
                {
                    // Improved again in this layer: the event is not yet anyone's parent, so it is updated in place. It
                    // keeps the largest offer of the layer, ties or not, as a gathering layer does, so both directions
                    // produce the very same doubles.
                    if (candidate > state.Score)
                    {
                        scratch.ImproveLastEvent(target, candidate, arcs[a]);
                    }
                }
                else if (ScoreTies.IsBetter(candidate, state.Score))
                {
                    scratch.AddEvent(target, hop, candidate, arcs[a]);
                    Frontier.Push(ref next, ref nextCount, scratch.EventCount - 1);
                }
            }
        }

        return nextCount;
    }
}
