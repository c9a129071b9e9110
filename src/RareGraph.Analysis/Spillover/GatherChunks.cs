using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using RareGraph.Analysis.Parallelism;
using RareGraph.Analysis.Projection;

namespace RareGraph.Analysis.Spillover;

/// <summary>
/// The data-parallel part of one <see cref="GatherLayer"/>: per chunk of target nodes, every node's best offer (its
/// entries without a window, then its windowed ones) and which of those best offers improve their node. A chunk's
/// improvements go to its thread's <see cref="ChunkBuffers"/> in node order, from the chunk's first node on; the
/// layer then turns them into events chunk by chunk, so the events come in node order as from one pass.
/// </summary>
/// <remarks>
/// Reads only what no one writes while the job runs: the index, the offers, the node states (events are added after
/// the job). A helper that is late reads them while a later layer changes them; its result is then never read.
/// </remarks>
internal sealed class GatherChunks : ChunkJob
{
    private readonly GraphProjection _graph;
    private readonly InflowIndex _index;
    private readonly InflowChunks _chunks;
    private readonly LayerQuery _query;
    private readonly double[] _classFactors;
    private readonly double[] _offers;
    private readonly NodeState[] _nodes;
    private readonly int _stamp;
    private readonly int _hop;
    private readonly Output _caller;
    private readonly Output _helper;

    public GatherChunks(
        GraphProjection graph,
        InflowIndex index,
        InflowChunks chunks,
        PropagationScratch scratch,
        in LayerQuery query,
        double[] classFactors,
        int hop,
        ChunkBuffers callerBuffers,
        ChunkBuffers? helperBuffers)
        : base(chunks.Count)
    {
        _graph = graph;
        _index = index;
        _chunks = chunks;
        _query = query;
        _classFactors = classFactors;
        _offers = scratch.RentLayerOffers();
        _nodes = scratch.Nodes;
        _stamp = scratch.Stamp;
        _hop = hop;
        if (_offers.Length < index.Offsets.Length - 1 || _classFactors.Length < index.ClassCount || index.Offsets[^1] > index.Sources.Length)
        {
            throw new ArgumentException("The offers or class factors do not cover the inflow index.", nameof(classFactors));
        }

        _caller = new Output(callerBuffers, chunks.Count);
        _helper = helperBuffers is null ? _caller : new Output(helperBuffers, chunks.Count);
    }

    /// <summary>Chunk <paramref name="chunk"/>'s improved nodes and their scores, in node order; valid after the job ran.</summary>
    public (int[] Nodes, double[] Scores, int Start, int Count) Improved(int chunk)
    {
        var output = IsDoneByHelper(chunk) ? _helper : _caller;
        return (output.Nodes, output.Scores, _chunks.NodeBounds[chunk], output.Counts[chunk]);
    }

    protected override void RunChunk(int chunk, bool byHelper)
    {
        var output = byHelper ? _helper : _caller;
        var start = _chunks.NodeBounds[chunk];
        var end = _chunks.NodeBounds[chunk + 1];
        var best = output.Local;
        BestOffers(start, end, best);
        BestWindowedOffers(_chunks.WindowedBounds[chunk], _chunks.WindowedBounds[chunk + 1], start, best);
        output.Counts[chunk] = Improve(start, end, best, output.Nodes, output.Scores);
    }

    /// <summary>
    /// Each node's best offer over its entries without a window: one sequential pass with no branch per entry. (Tracking
    /// which entry wins in the same pass, even with conditional moves, measured twice as slow, and so did a second
    /// running maximum over keys packing the offer with the entry's rank; the winner is found only for the steps of the
    /// paths a caller reads.)
    /// </summary>
    private void BestOffers(int start, int end, double[] best)
    {
        var offsets = _index.Offsets;
        ref var sources = ref MemoryMarshal.GetArrayDataReference(_index.Sources);
        ref var classes = ref MemoryMarshal.GetArrayDataReference(_index.Classes);
        ref var offer = ref MemoryMarshal.GetArrayDataReference(_offers);
        ref var classFactors = ref MemoryMarshal.GetArrayDataReference(_classFactors);
        var kinds = _graph.Kinds;
        var everyNode = _query.Scores(_hop, GraphProjection.NoKind);
        for (var node = start; node < end; node++)
        {
            var nodeBest = 0.0;
            if (everyNode || _query.Scores(_hop, kinds[node]))
            {
                // Unchecked reads (four bounds checks an entry otherwise): an entry's source is a node and its class one of
                // the index's, both checked against these arrays' lengths when the job was made, and the index never changes.
                var entryEnd = offsets[node + 1];
                for (var a = offsets[node]; a < entryEnd; a++)
                {
                    var product = Unsafe.Add(ref offer, Unsafe.Add(ref sources, a)) * Unsafe.Add(ref classFactors, Unsafe.Add(ref classes, a));
                    nodeBest = double.MaxNative(nodeBest, product);
                }
            }

            best[node - start] = nodeBest;
        }
    }

    /// <summary>
    /// Folds in the offers over entries with a window, valid or not at the query's date: a flat pass in target order, so
    /// the few such entries cost no per-node loop.
    /// </summary>
    private void BestWindowedOffers(int from, int to, int start, double[] best)
    {
        var targets = _index.WindowedTargets;
        var sources = _index.WindowedSources;
        var classes = _index.WindowedClasses;
        var validFrom = _index.WindowedFrom;
        var validTo = _index.WindowedTo;
        var offer = _offers;
        var classFactors = _classFactors;
        var day = _query.Day;
        for (var a = from; a < to; a++)
        {
            // Non-short-circuit '&' and a multiply by the flag instead of a conditional: about half of these windows
            // exclude a given date, so a branch on it would be mispredicted half the time. An invalid entry offers 0.
            var valid = (validFrom[a] <= day) & (day <= validTo[a]);
            var factor = classFactors[classes[a]] * Unsafe.BitCast<bool, byte>(valid);
            ref var target = ref best[targets[a] - start];
            target = double.MaxNative(target, offer[sources[a]] * factor);
        }
    }

    /// <summary>
    /// Lists the nodes whose best offer beats their score. Which entry made the offer is not looked for here (see
    /// <see cref="EventArcs.Unresolved"/>): that would read every entry of every improved node a second time, and
    /// measured as the most expensive part of the layer.
    /// </summary>
    private int Improve(int start, int end, double[] best, int[] improvedNodes, double[] improvedScores)
    {
        var count = 0;
        var nodes = _nodes;
        var stamp = _stamp;
        var minScore = _query.MinScore;
        var kinds = _graph.Kinds;
        var everyNode = _query.Scores(_hop, GraphProjection.NoKind);
        for (var node = start; node < end; node++)
        {
            var score = best[node - start];
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

            improvedNodes[start + count] = node;
            improvedScores[start + count] = score;
            count++;
        }

        return count;
    }

    /// <summary>One thread's side of the job: the arrays captured from its buffers and its count per chunk.</summary>
    private sealed class Output(ChunkBuffers buffers, int chunkCount)
    {
        public int[] Nodes { get; } = buffers.Nodes;

        public double[] Scores { get; } = buffers.Scores;

        public double[] Local { get; } = buffers.Local;

        public int[] Counts { get; } = new int[chunkCount];
    }
}
