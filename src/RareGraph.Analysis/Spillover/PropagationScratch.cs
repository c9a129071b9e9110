namespace RareGraph.Analysis.Spillover;

/// <summary>
/// Working memory of one propagation, reused across queries on the same thread so a dashboard click allocates almost
/// nothing. Node-indexed arrays are invalidated in O(1) by bumping a stamp instead of being cleared.
/// </summary>
/// <remarks>
/// An <em>event</em> records that a node improved its best score at some hop count: (node, hops, score, parent event,
/// arc walked from the parent). A node improves at most once per hop layer, so events stay few, and following parent
/// events rebuilds the explaining path.
/// </remarks>
internal sealed class PropagationScratch
{
    [ThreadStatic]
    private static PropagationScratch? t_cached;

    private int[] _stamps;
    private int _stamp;

    private PropagationScratch(int nodeCount)
    {
        _stamps = new int[nodeCount];
        LastEvent = new int[nodeCount];
    }

    /// <summary>The newest event of a node; meaningful only when <see cref="HasEvent"/>.</summary>
    public int[] LastEvent { get; private set; }

    public int[] EventNode { get; private set; } = new int[256];
    public int[] EventHops { get; private set; } = new int[256];
    public double[] EventScore { get; private set; } = new double[256];
    public int[] EventParent { get; private set; } = new int[256];
    public int[] EventArc { get; private set; } = new int[256];
    public int EventCount { get; private set; }

    public int[] Frontier { get; set; } = new int[64];
    public int[] NextFrontier { get; set; } = new int[64];

    /// <summary>The calling thread's scratch, sized for <paramref name="nodeCount"/> nodes and emptied.</summary>
    public static PropagationScratch Rent(int nodeCount)
    {
        var scratch = t_cached;
        if (scratch is null || scratch._stamps.Length < nodeCount)
        {
            scratch = new PropagationScratch(Math.Max(nodeCount, 16));
            t_cached = scratch;
        }

        scratch.Reset();
        return scratch;
    }

    public bool HasEvent(int node) => _stamps[node] == _stamp;

    public int AddEvent(int node, int hops, double score, int parent, int arc)
    {
        if (EventCount == EventNode.Length)
        {
            var size = EventCount * 2;
            EventNode = Grow(EventNode, size);
            EventHops = Grow(EventHops, size);
            EventScore = Grow(EventScore, size);
            EventParent = Grow(EventParent, size);
            EventArc = Grow(EventArc, size);
        }

        var index = EventCount++;
        EventNode[index] = node;
        EventHops[index] = hops;
        EventScore[index] = score;
        EventParent[index] = parent;
        EventArc[index] = arc;
        _stamps[node] = _stamp;
        LastEvent[node] = index;
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
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stamps);
            _stamp = 1;
        }
    }
}
