using RareGraph.Analysis.Budget;
using RareGraph.Analysis.Parallelism;
using RareGraph.Analysis.Projection;

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
/// Each layer runs either forwards (<see cref="ScatterLayer"/>) or backwards (<see cref="GatherLayer"/>), whichever
/// reads less memory at random for the arcs of the nodes that improved; both give the same scores and hops.
/// </remarks>
internal static class SpilloverPropagation
{
    /// <summary>
    /// A scatter pays a random read of the target for most arcs it relaxes; a gather reads the whole inflow index
    /// sequentially, with one random read of an offer per entry that is cheap because the offers fit in cache. Measured
    /// on the 1M-relationship benchmark graph a scattered arc costs about 30 ns and a gathered entry about 2.3 ns.
    /// </summary>
    private const int ScatterToGatherCost = 12;

    /// <summary>
    /// Runs the propagation into <paramref name="scratch"/>; seeds must already be events at hop 0. With a
    /// <c>bound</c>, a node is entered only if the bound says the score could still carry on to the one node of
    /// interest: that node's numbers are unchanged, the others are left incomplete.
    /// </summary>
    /// <remarks>
    /// <paramref name="lastLayerKinds"/>: see <see cref="LayerQuery"/>.
    /// The budget is charged, per layer and before it runs, with every arc of the nodes that improved in the layer
    /// before, whichever way the layer runs, so the same query always counts the same work.
    /// </remarks>
    public static void Run(
        GraphProjection graph,
        PropagationScratch scratch,
        int day,
        SpilloverWeights weights,
        int maxHops,
        double minScore,
        BudgetMeter meter,
        INodeBound? bound = null,
        LayerDirection direction = LayerDirection.Auto,
        int lastLayerKinds = LayerQuery.EveryNode)
    {
        var query = new LayerQuery(day, weights, maxHops, minScore, bound, lastLayerKinds);

        // A bound confines the propagation to a few nodes: gathering over every node would defeat it.
        var index = bound is null ? graph.InflowIndex : null;
        var classFactors = index is null ? null : ClassFactors(index, weights);
        scratch.ClassFactors = classFactors;
        scratch.Day = day;

        var frontierCount = 0;
        var frontier = scratch.Frontier;
        for (var e = 0; e < scratch.EventCount; e++)
        {
            Frontier.Push(ref frontier, ref frontierCount, e);
        }

        var next = scratch.NextFrontier;
        var offsets = graph.ArcOffsets;
        var sharing = GatherSharing.Current;
        ChunkHelper? helper = null;
        try
        {
            for (var hop = 1; hop <= maxHops && frontierCount > 0; hop++)
            {
                long frontierArcs = 0;
                for (var f = 0; f < frontierCount; f++)
                {
                    var node = scratch.EventNode[frontier[f]];
                    frontierArcs += offsets[node + 1] - offsets[node];
                }

                meter.Charge(frontierArcs);
                var gather = index is not null && direction switch
                {
                    LayerDirection.Scatter => false,
                    LayerDirection.Gather => true,
                    _ => frontierArcs * ScatterToGatherCost > index.EntryCount,
                };
                scratch.BeginLayer(hop, gather);
                if (gather && helper is null && sharing.Helper is { } shared && shared.TryAcquire())
                {
                    // Held from the first gathering layer to the end of the propagation, so it spins between layers.
                    helper = shared;
                }

                frontierCount = gather
                    ? GatherLayer.Run(
                        graph, index!, scratch, query, classFactors!, hop, frontier, frontierCount, ref next, sharing.EntriesPerChunk, helper)
                    : ScatterLayer.Run(graph, scratch, query, hop, frontier, frontierCount, ref next);
                (frontier, next) = (next, frontier);
            }
        }
        finally
        {
            helper?.Release();
        }

        scratch.Frontier = frontier;
        scratch.NextFrontier = next;
    }

    /// <summary>The explaining path of <paramref name="node"/>, following parent events back to a seed.</summary>
    public static SpilloverPath PathTo(GraphProjection graph, PropagationScratch scratch, int node)
    {
        var last = scratch.LastEventOf(node);
        return new PathRecorder(graph, scratch).Build(node, scratch.EventScore[last], scratch.EventHops[last]);
    }

    /// <summary>
    /// The step factor of each inflow class under <paramref name="weights"/>, computed as the scatter computes an arc's
    /// (<c>weight × strength</c>), so both directions produce the same doubles.
    /// </summary>
    private static double[] ClassFactors(InflowIndex index, SpilloverWeights weights)
    {
        var factors = new double[index.ClassCount];
        for (var c = 0; c < factors.Length; c++)
        {
            factors[c] = weights.ArcFactors[index.ClassTypeAndDirection[c]] * index.ClassStrength[c];
        }

        return factors;
    }
}
