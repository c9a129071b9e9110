using System.Runtime.CompilerServices;
using RareGraph.Analysis.Projection;

namespace RareGraph.Analysis.Spillover;

/// <summary>
/// One propagation layer run backwards: every node takes the best offer among the arcs flowing into it from nodes
/// that improved in the previous layer. It reads every entry of the <see cref="InflowIndex"/> once, sequentially and
/// without branches, so it beats <see cref="ScatterLayer"/> once the improved nodes hold a sizeable share of the arcs
/// (the direction-optimising idea of S. Beamer, K. Asanović and D. Patterson, "Direction-optimizing breadth-first
/// search", SC 2012).
/// </summary>
/// <remarks>
/// Gives the same scores and hops as a scatter, to the bit: a node's offers in one layer all come from layer h − 1
/// scores, and the largest of them replaces the node's score when it beats it by more than a tie, as in a scatter.
/// Only the chosen parent among offers equal to the last bit may differ; either explains that score in those hops.
/// </remarks>
internal static class GatherLayer
{
    /// <summary>
    /// Runs layer <paramref name="hop"/> from <paramref name="frontier"/>'s events; returns the next frontier's size.
    /// <paramref name="classFactors"/> holds the query's step factor for each class of the index (weight × strength).
    /// </summary>
    public static int Run(
        GraphProjection graph,
        InflowIndex index,
        PropagationScratch scratch,
        in LayerQuery query,
        double[] classFactors,
        int hop,
        int[] frontier,
        int frontierCount,
        ref int[] next)
    {
        // Only nodes that improved in the previous layer make offers; everyone else offers 0, which never wins.
        var offer = scratch.RentLayerOffers();
        for (var f = 0; f < frontierCount; f++)
        {
            var e = frontier[f];
            offer[scratch.EventNode[e]] = scratch.EventScore[e];
        }

        var best = scratch.RentLayerBest();
        BestOffers(graph, index, query, classFactors, hop, offer, best);
        BestWindowedOffers(index, query.Day, classFactors, offer, best);
        var nextCount = Improve(graph, index, scratch, query, hop, best, ref next);

        for (var f = 0; f < frontierCount; f++)
        {
            offer[scratch.EventNode[frontier[f]]] = 0.0;
        }

        return nextCount;
    }

    /// <summary>
    /// Each scored node's best offer over its entries without a window: one sequential pass over the index with no
    /// branch per entry. (Tracking which entry wins in the same pass, even with conditional moves, measured twice as
    /// slow, and so did a second running maximum over keys packing the offer with the entry's rank; the winner is found
    /// only for the steps of the paths a caller reads.)
    /// </summary>
    private static void BestOffers(
        GraphProjection graph, InflowIndex index, in LayerQuery query, double[] classFactors, int hop, double[] offer, double[] best)
    {
        var offsets = index.Offsets;
        var sources = index.Sources;
        var classes = index.Classes;
        var kinds = graph.Kinds;
        var everyNode = query.Scores(hop, GraphProjection.NoKind);
        var nodeCount = offsets.Length - 1;
        for (var node = 0; node < nodeCount; node++)
        {
            var nodeBest = 0.0;
            if (everyNode || query.Scores(hop, kinds[node]))
            {
                var end = offsets[node + 1];
                for (var a = offsets[node]; a < end; a++)
                {
                    nodeBest = double.MaxNative(nodeBest, offer[sources[a]] * classFactors[classes[a]]);
                }
            }

            best[node] = nodeBest;
        }
    }

    /// <summary>
    /// Folds in the offers over entries with a window, valid or not at the query's date: a flat pass in target order, so
    /// the few such entries cost no per-node loop.
    /// </summary>
    private static void BestWindowedOffers(InflowIndex index, int day, double[] classFactors, double[] offer, double[] best)
    {
        var targets = index.WindowedTargets;
        var sources = index.WindowedSources;
        var classes = index.WindowedClasses;
        var from = index.WindowedFrom;
        var to = index.WindowedTo;
        for (var a = 0; a < sources.Length; a++)
        {
            // Non-short-circuit '&' and a multiply by the flag instead of a conditional: about half of these windows
            // exclude a given date, so a branch on it would be mispredicted half the time. An invalid entry offers 0.
            var valid = (from[a] <= day) & (day <= to[a]);
            var factor = classFactors[classes[a]] * Unsafe.BitCast<bool, byte>(valid);
            ref var target = ref best[targets[a]];
            target = double.MaxNative(target, offer[sources[a]] * factor);
        }
    }

    /// <summary>
    /// Turns every best offer that beats its node's score into an event of this layer. Which entry made the offer is
    /// not looked for here (see <see cref="EventArcs.Unresolved"/>): that would read every entry of every improved node
    /// a second time, and measured as the most expensive part of the layer.
    /// </summary>
    private static int Improve(
        GraphProjection graph, InflowIndex index, PropagationScratch scratch, in LayerQuery query, int hop, double[] best, ref int[] next)
    {
        var nextCount = 0;
        var nodes = scratch.Nodes;
        var stamp = scratch.Stamp;
        var minScore = query.MinScore;
        var nodeCount = index.Offsets.Length - 1;
        var kinds = graph.Kinds;
        var everyNode = query.Scores(hop, GraphProjection.NoKind);
        for (var node = 0; node < nodeCount; node++)
        {
            var score = best[node];
            if (score < minScore)
            {
                continue;
            }

            // A windowed entry may have raised a node the last layer does not score.
            if (!everyNode && !query.Scores(hop, kinds[node]))
            {
                continue;
            }

            ref var state = ref nodes[node];
            if (state.Stamp == stamp && !ScoreTies.IsBetter(score, state.Score))
            {
                continue;
            }

            scratch.AddEvent(node, hop, score, EventArcs.Unresolved);
            Frontier.Push(ref next, ref nextCount, scratch.EventCount - 1);
        }

        return nextCount;
    }
}
