using RareGraph.Analysis.Parallelism;
using RareGraph.Domain.Errors;

namespace RareGraph.Analysis.Spillover;

/// <summary>
/// Working memory of one propagation, reused across queries on the same thread so a dashboard click allocates almost
/// nothing. Node-indexed arrays are invalidated in O(1) by bumping a stamp instead of being cleared.
/// </summary>
/// <remarks>
/// An <em>event</em> records that a node improved its best score at some hop count: (node, hops, score, arc walked from
/// the parent). A node improves at most once per hop layer, so events stay few, and stepping back to the parent
/// at each hop rebuilds the explaining path.
/// </remarks>
internal sealed class PropagationScratch
{
    [ThreadStatic]
    private static PropagationScratch? t_cached;

    /// <summary>
    /// Per node, the score it offers in a gathering layer (0 unless it improved in the previous layer); all zero
    /// between layers. Allocated on the first gather.
    /// </summary>
    private double[]? _layerOffers;

    private PropagationScratch(int nodeCount)
    {
        Nodes = new NodeState[nodeCount];
    }

    /// <summary>Per-node state; an entry is meaningful only when its stamp equals <see cref="Stamp"/>.</summary>
    public NodeState[] Nodes { get; }

    /// <summary>The stamp of the current propagation.</summary>
    public int Stamp { get; private set; }

    public int[] EventNode { get; private set; } = new int[256];
    public int[] EventHops { get; private set; } = new int[256];
    public double[] EventScore { get; private set; } = new double[256];
    public int[] EventArc { get; private set; } = new int[256];

    public int EventCount { get; private set; }

    /// <summary>
    /// Where each hop layer's events start: the events of hop h are <c>[LayerStart[h], LayerStart[h + 1])</c> for h below
    /// <see cref="LayerCount"/>, the last layer's ending at <see cref="EventCount"/>. Events are only ever appended, a
    /// layer after the one before, so each layer's events are contiguous.
    /// </summary>
    public int[] LayerStart { get; } = new int[ImpactAnalysis.MaxHopsAllowed + 2];

    /// <summary>Per hop layer, whether it gathered: its events are then in node order and do not name their parent.</summary>
    public bool[] LayerGathered { get; } = new bool[ImpactAnalysis.MaxHopsAllowed + 2];

    /// <summary>The hop layers that have events so far, seeds (hop 0) included.</summary>
    public int LayerCount { get; private set; }

    /// <summary>The step factor of each inflow class in the current propagation, when it gathers.</summary>
    public double[]? ClassFactors { get; set; }

    /// <summary>The validity day of the current propagation.</summary>
    public int Day { get; set; }

    /// <summary>The calling thread's memory for the chunks of a gathering layer it runs.</summary>
    public ChunkBuffers ChunkBuffers { get; } = new();

    public int[] Frontier { get; set; } = new int[64];
    public int[] NextFrontier { get; set; } = new int[64];

    /// <summary>The all-zero offer array, sized for the nodes.</summary>
    public double[] RentLayerOffers()
    {
        if (_layerOffers is null || _layerOffers.Length < Nodes.Length)
        {
            _layerOffers = new double[Nodes.Length];
        }

        return _layerOffers;
    }

    /// <summary>The calling thread's scratch, sized for <paramref name="nodeCount"/> nodes and emptied.</summary>
    public static PropagationScratch Rent(int nodeCount)
    {
        var scratch = t_cached;
        if (scratch is null || scratch.Nodes.Length < nodeCount)
        {
            scratch = new PropagationScratch(Math.Max(nodeCount, 16));
            t_cached = scratch;
        }

        scratch.Reset();
        return scratch;
    }

    public bool HasEvent(int node) => Nodes[node].Stamp == Stamp && Nodes[node].LastEvent >= 0;

    /// <summary>True when the node has an event or is blocked in this propagation.</summary>
    public bool IsTouched(int node) => Nodes[node].Stamp == Stamp;

    /// <summary>The newest event of a node; meaningful only when <see cref="HasEvent"/>.</summary>
    public int LastEventOf(int node) => Nodes[node].LastEvent;

    /// <summary>Updates the newest event in place (it is not yet anyone's parent).</summary>
    public void ImproveLastEvent(int node, double score, int arc)
    {
        ref var state = ref Nodes[node];
        state.Score = score;
        EventScore[state.LastEvent] = score;
        EventArc[state.LastEvent] = arc;
    }

    /// <summary>
    /// Keeps <paramref name="node"/> out of this propagation (an initiator of the event): it holds no event, yet looks
    /// stamped with a score no offer can beat, so neither a scatter nor a gather ever enters it.
    /// </summary>
    public void Block(int node)
    {
        ref var state = ref Nodes[node];
        state.Stamp = Stamp;
        state.SetBlocked();
        state.Score = double.PositiveInfinity;
    }

    /// <summary>Starts hop layer <paramref name="hop"/>: the events added from now on belong to it.</summary>
    public void BeginLayer(int hop, bool gathered)
    {
        LayerStart[hop] = EventCount;
        LayerGathered[hop] = gathered;
        LayerCount = hop + 1;
    }

    /// <summary>The end (exclusive) of hop layer <paramref name="hop"/>'s events.</summary>
    public int LayerEnd(int hop) => hop + 1 < LayerCount ? LayerStart[hop + 1] : EventCount;

    public int AddEvent(int node, int hops, double score, int arc)
    {
        if (EventCount == EventNode.Length)
        {
            if (EventCount >= NodeState.MaxEvents)
            {
                throw RareGraphException.LimitExceeded("The propagation has more events than a node's state can number.");
            }

            var size = (int)Math.Min(2L * EventCount, NodeState.MaxEvents);
            EventNode = Grow(EventNode, size);
            EventHops = Grow(EventHops, size);
            EventScore = Grow(EventScore, size);
            EventArc = Grow(EventArc, size);
        }

        var index = EventCount++;
        EventNode[index] = node;
        EventHops[index] = hops;
        EventScore[index] = score;
        EventArc[index] = arc;
        ref var state = ref Nodes[node];
        state.Stamp = Stamp;
        state.SetEvent(index, hops);
        state.Score = score;
        return index;
    }

    public static int[] Grow(int[] array, int size)
    {
        var grown = new int[size];
        Array.Copy(array, grown, array.Length);
        return grown;
    }

    private static double[] Grow(double[] array, int size)
    {
        var grown = new double[size];
        Array.Copy(array, grown, array.Length);
        return grown;
    }

    private void Reset()
    {
        EventCount = 0;
        LayerCount = 1;
        LayerStart[0] = 0;
        LayerGathered[0] = false;
        ClassFactors = null;
        if (++Stamp == int.MaxValue)
        {
            Array.Clear(Nodes);
            Stamp = 1;
        }
    }
}
