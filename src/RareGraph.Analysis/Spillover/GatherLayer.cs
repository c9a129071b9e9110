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
        var offerEvent = scratch.LayerOfferEvents;
        for (var f = 0; f < frontierCount; f++)
        {
            var e = frontier[f];
            var node = scratch.EventNode[e];
            offer[node] = scratch.EventScore[e];
            offerEvent[node] = e;
        }

        var nextCount = 0;
        var offsets = index.Offsets;
        var sources = index.Sources;
        var classes = index.Classes;
        var windowedOffsets = index.WindowedOffsets;
        var windowedSources = index.WindowedSources;
        var windowedClasses = index.WindowedClasses;
        var windowedFrom = index.WindowedFrom;
        var windowedTo = index.WindowedTo;
        var nodes = scratch.Nodes;
        var stamp = scratch.Stamp;
        var day = query.Day;
        var minScore = query.MinScore;
        var nodeCount = offsets.Length - 1;
        var kinds = graph.Kinds;
        var everyNode = query.Scores(hop, GraphProjection.NoKind);
        for (var node = 0; node < nodeCount; node++)
        {
            if (!everyNode && !query.Scores(hop, kinds[node]))
            {
                continue;
            }

            var best = 0.0;
            var end = offsets[node + 1];
            for (var a = offsets[node]; a < end; a++)
            {
                best = double.MaxNative(best, offer[sources[a]] * classFactors[classes[a]]);
            }

            var windowedEnd = windowedOffsets[node + 1];
            for (var a = windowedOffsets[node]; a < windowedEnd; a++)
            {
                var factor = windowedFrom[a] <= day && day <= windowedTo[a] ? classFactors[windowedClasses[a]] : 0.0;
                best = double.MaxNative(best, offer[windowedSources[a]] * factor);
            }

            if (best < minScore)
            {
                continue;
            }

            ref var state = ref nodes[node];
            if (state.Stamp == stamp && !ScoreTies.IsBetter(best, state.Score))
            {
                continue;
            }

            var entry = WinningEntry(index, offer, classFactors, node, best, day);
            var source = entry < sources.Length ? sources[entry] : windowedSources[entry - sources.Length];
            scratch.AddEvent(node, hop, best, offerEvent[source], EventArcs.Gathered(entry));
            Frontier.Push(ref next, ref nextCount, scratch.EventCount - 1);
        }

        for (var f = 0; f < frontierCount; f++)
        {
            offer[scratch.EventNode[frontier[f]]] = 0.0;
        }

        return nextCount;
    }

    /// <summary>
    /// The first entry of <paramref name="node"/> whose offer equals <paramref name="best"/>, recomputed with the same
    /// operations so the doubles compare equal; windowed entries are numbered after all the others.
    /// </summary>
    private static int WinningEntry(InflowIndex index, double[] offer, double[] classFactors, int node, double best, int day)
    {
        for (var a = index.Offsets[node]; a < index.Offsets[node + 1]; a++)
        {
            if (offer[index.Sources[a]] * classFactors[index.Classes[a]] == best)
            {
                return a;
            }
        }

        for (var a = index.WindowedOffsets[node]; a < index.WindowedOffsets[node + 1]; a++)
        {
            var factor = index.WindowedFrom[a] <= day && day <= index.WindowedTo[a] ? classFactors[index.WindowedClasses[a]] : 0.0;
            if (offer[index.WindowedSources[a]] * factor == best)
            {
                return index.Sources.Length + a;
            }
        }

        throw new InvalidOperationException("The best offer was not found again.");
    }
}
