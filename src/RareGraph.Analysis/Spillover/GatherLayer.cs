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
/// On a large index the node-by-node passes run on several cores, each over a contiguous range of nodes holding about
/// the same number of entries; every node's result depends on its own entries only, so the answer does not depend on
/// how the nodes are split. Events are then added in node order on one thread, as without the split.
/// </remarks>
internal static class GatherLayer
{
    /// <summary>Below this many entries a layer runs on the calling thread: the split would cost more than it saves.</summary>
    private const int ParallelEntries = 1 << 18;

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

        var pass = new LayerPass(graph, index, scratch, query, classFactors, hop, offer, scratch.RentLayerBest(), scratch.LayerWinners);
        var nodeCount = index.Offsets.Length - 1;
        var parts = index.EntryCount < ParallelEntries ? 1 : Math.Min(Environment.ProcessorCount, 8);
        if (parts == 1)
        {
            pass.Run(0, nodeCount);
        }
        else
        {
            var bounds = Split(index, parts);
            Parallel.For(0, parts, part => pass.Run(bounds[part], bounds[part + 1]));
        }

        var nextCount = 0;
        var winners = scratch.LayerWinners;
        var best = scratch.RentLayerBest();
        var sources = index.Sources;
        for (var node = 0; node < nodeCount; node++)
        {
            var entry = winners[node];
            if (entry < 0)
            {
                continue;
            }

            var source = entry < sources.Length ? sources[entry] : index.WindowedSources[entry - sources.Length];
            scratch.AddEvent(node, hop, best[node], offerEvent[source], EventArcs.Gathered(entry));
            Frontier.Push(ref next, ref nextCount, scratch.EventCount - 1);
        }

        for (var f = 0; f < frontierCount; f++)
        {
            offer[scratch.EventNode[frontier[f]]] = 0.0;
        }

        return nextCount;
    }

    /// <summary>Node bounds of <paramref name="parts"/> contiguous ranges holding about equal numbers of entries.</summary>
    private static int[] Split(InflowIndex index, int parts)
    {
        var offsets = index.Offsets;
        var nodeCount = offsets.Length - 1;
        var bounds = new int[parts + 1];
        bounds[parts] = nodeCount;
        var node = 0;
        for (var part = 1; part < parts; part++)
        {
            var target = (long)offsets[nodeCount] * part / parts;
            while (node < nodeCount && offsets[node] < target)
            {
                node++;
            }

            bounds[part] = node;
        }

        return bounds;
    }

    /// <summary>One layer's passes over a range of nodes; ranges are independent of each other.</summary>
    private sealed class LayerPass
    {
        private readonly GraphProjection _graph;
        private readonly InflowIndex _index;
        private readonly PropagationScratch _scratch;
        private readonly LayerQuery _query;
        private readonly double[] _classFactors;
        private readonly int _hop;
        private readonly double[] _offer;
        private readonly double[] _best;
        private readonly int[] _winners;

        public LayerPass(
            GraphProjection graph,
            InflowIndex index,
            PropagationScratch scratch,
            LayerQuery query,
            double[] classFactors,
            int hop,
            double[] offer,
            double[] best,
            int[] winners)
        {
            _graph = graph;
            _index = index;
            _scratch = scratch;
            _query = query;
            _classFactors = classFactors;
            _hop = hop;
            _offer = offer;
            _best = best;
            _winners = winners;
        }

        public void Run(int first, int end)
        {
            BestOffers(first, end);
            BestWindowedOffers(first, end);
            FindWinners(first, end);
        }

        /// <summary>
        /// Each scored node's best offer over its entries without a window: one sequential pass over the index with no
        /// branch per entry. (Tracking which entry wins in the same pass, even with conditional moves, measured twice as
        /// slow, and so did a second running maximum over keys packing the offer with the entry's rank; the winner is
        /// found again only for the nodes that improve.)
        /// </summary>
        private void BestOffers(int first, int last)
        {
            // Locals, not fields, so the inner loop keeps the arrays in registers.
            var offer = _offer;
            var classFactors = _classFactors;
            var best = _best;
            var offsets = _index.Offsets;
            var sources = _index.Sources;
            var classes = _index.Classes;
            var kinds = _graph.Kinds;
            var everyNode = _query.Scores(_hop, GraphProjection.NoKind);
            for (var node = first; node < last; node++)
            {
                var nodeBest = 0.0;
                if (everyNode || _query.Scores(_hop, kinds[node]))
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
        /// Folds in the offers over the range's entries with a window, valid or not at the query's date: a flat pass in
        /// target order, so the few such entries cost no per-node loop.
        /// </summary>
        private void BestWindowedOffers(int first, int last)
        {
            var offer = _offer;
            var classFactors = _classFactors;
            var best = _best;
            var targets = _index.WindowedTargets;
            var sources = _index.WindowedSources;
            var classes = _index.WindowedClasses;
            var from = _index.WindowedFrom;
            var to = _index.WindowedTo;
            var day = _query.Day;
            var end = InflowIndex.LowerBound(targets, last);
            for (var a = InflowIndex.LowerBound(targets, first); a < end; a++)
            {
                // Non-short-circuit '&': both comparisons always run, so the test compiles without a branch per entry.
                var factor = (from[a] <= day) & (day <= to[a]) ? classFactors[classes[a]] : 0.0;
                ref var target = ref best[targets[a]];
                target = double.MaxNative(target, offer[sources[a]] * factor);
            }
        }

        /// <summary>
        /// For every node whose best offer beats its score, the entry making that offer; −1 for the others. Reads node
        /// states only: the events are added afterwards, in node order.
        /// </summary>
        private void FindWinners(int first, int last)
        {
            var nodes = _scratch.Nodes;
            var stamp = _scratch.Stamp;
            var minScore = _query.MinScore;
            var kinds = _graph.Kinds;
            var everyNode = _query.Scores(_hop, GraphProjection.NoKind);
            for (var node = first; node < last; node++)
            {
                _winners[node] = -1;
                var score = _best[node];
                if (score < minScore)
                {
                    continue;
                }

                // A windowed entry may have raised a node the last layer does not score.
                if (!everyNode && !_query.Scores(_hop, kinds[node]))
                {
                    continue;
                }

                ref readonly var state = ref nodes[node];
                if (state.Stamp == stamp && !ScoreTies.IsBetter(score, state.Score))
                {
                    continue;
                }

                _winners[node] = WinningEntry(node, score);
            }
        }

        /// <summary>
        /// The first entry of <paramref name="node"/> whose offer equals <paramref name="score"/>, recomputed with the
        /// same operations so the doubles compare equal; windowed entries are numbered after all the others.
        /// </summary>
        private int WinningEntry(int node, double score)
        {
            var offer = _offer;
            var classFactors = _classFactors;
            var sources = _index.Sources;
            var classes = _index.Classes;
            var end = _index.Offsets[node + 1];
            for (var a = _index.Offsets[node]; a < end; a++)
            {
                if (offer[sources[a]] * classFactors[classes[a]] == score)
                {
                    return a;
                }
            }

            var day = _query.Day;
            var (windowedStart, windowedEnd) = _index.WindowedRange(node);
            for (var a = windowedStart; a < windowedEnd; a++)
            {
                var factor = (_index.WindowedFrom[a] <= day) & (day <= _index.WindowedTo[a]) ? classFactors[_index.WindowedClasses[a]] : 0.0;
                if (offer[_index.WindowedSources[a]] * factor == score)
                {
                    return _index.Sources.Length + a;
                }
            }

            throw new InvalidOperationException("The best offer was not found again.");
        }
    }
}
