using RareGraph.Analysis.Parallelism;
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
    /// With a <paramref name="helper"/> (taken by the caller for this propagation) the chunks are shared with it.
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
        ref int[] next,
        int entriesPerChunk,
        ChunkHelper? helper)
    {
        // Only nodes that improved in the previous layer make offers; everyone else offers 0, which never wins.
        var offer = scratch.RentLayerOffers();
        for (var f = 0; f < frontierCount; f++)
        {
            var e = frontier[f];
            offer[scratch.EventNode[e]] = scratch.EventScore[e];
        }

        var chunks = index.Chunks(entriesPerChunk);
        var nodeCount = index.Offsets.Length - 1;
        if (chunks.Count == 1)
        {
            helper = null;
        }

        scratch.ChunkBuffers.Ensure(nodeCount, chunks.LargestSpan);
        helper?.Buffers.Ensure(nodeCount, chunks.LargestSpan);
        var job = new GatherChunks(graph, index, chunks, scratch, query, classFactors, hop, scratch.ChunkBuffers, helper?.Buffers);
        helper?.Publish(job);
        job.RunAsCaller();

        // Chunk by chunk, in node order: the events come in the order of one pass over the nodes.
        var nextCount = 0;
        for (var chunk = 0; chunk < chunks.Count; chunk++)
        {
            var (nodes, scores, start, count) = job.Improved(chunk);
            for (var i = start; i < start + count; i++)
            {
                scratch.AddEvent(nodes[i], hop, scores[i], EventArcs.Unresolved);
                Frontier.Push(ref next, ref nextCount, scratch.EventCount - 1);
            }
        }

        for (var f = 0; f < frontierCount; f++)
        {
            offer[scratch.EventNode[frontier[f]]] = 0.0;
        }

        return nextCount;
    }
}
