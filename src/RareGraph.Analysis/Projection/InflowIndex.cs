using RareGraph.Analysis.Sorting;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Projection;

/// <summary>
/// For every node, the arcs along which spill-over can flow <em>into</em> it, so a propagation layer that reaches much
/// of the graph can gather each node's best candidate (sequential reads) instead of scattering from every improved node
/// (a random read-modify-write per arc).
/// </summary>
/// <remarks>
/// Built once per snapshot on first use. An entry is the arc's source node and a <em>class</em>: the pair (type and
/// direction, strength), interned, so a query turns its weights into one factor per class and the layer reads no edge
/// array. Arcs with a validity window are kept apart, with their window copied beside them, because whether they count
/// depends on the query's date. Threats have no entries: they are never entered. Entries of a node follow the order of
/// its own arcs in <see cref="GraphProjection.Arcs"/>, which is how <see cref="ArcOf"/> finds an entry's relationship
/// without storing it.
/// </remarks>
internal sealed class InflowIndex
{
    /// <summary>More classes than a <see cref="ushort"/> can number means no index; propagations then only scatter.</summary>
    public const int MaxClasses = ushort.MaxValue + 1;

    private static readonly byte[] FlowByType = FlowBitsByType();

    private InflowChunks? _chunks;

    private InflowIndex(
        int[] offsets,
        int[] sources,
        ushort[] classes,
        int[] windowedTargets,
        int[] windowedSources,
        ushort[] windowedClasses,
        int[] windowedFrom,
        int[] windowedTo,
        byte[] classTypeAndDirection,
        double[] classStrength)
    {
        Offsets = offsets;
        Sources = sources;
        Classes = classes;
        WindowedTargets = windowedTargets;
        WindowedSources = windowedSources;
        WindowedClasses = windowedClasses;
        WindowedFrom = windowedFrom;
        WindowedTo = windowedTo;
        ClassTypeAndDirection = classTypeAndDirection;
        ClassStrength = classStrength;
    }

    /// <summary>Entries of node v without a window are <c>[Offsets[v], Offsets[v + 1])</c>.</summary>
    public int[] Offsets { get; }
    public int[] Sources { get; }
    public ushort[] Classes { get; }

    /// <summary>
    /// The node each windowed entry flows into. Entries are in node order, so a node's windowed entries are found by
    /// binary search (<see cref="WindowedRange"/>) instead of a per-node offset array: a few of them per improved node,
    /// against 4 bytes per node kept for every snapshot.
    /// </summary>
    public int[] WindowedTargets { get; }

    public int[] WindowedSources { get; }
    public ushort[] WindowedClasses { get; }

    /// <summary>The window of each windowed entry, as <see cref="DateOnly.DayNumber"/>s (inclusive).</summary>
    public int[] WindowedFrom { get; }
    public int[] WindowedTo { get; }

    /// <summary>A class's relationship type and direction, as <see cref="ArcLayout.TypeAndDirectionMask"/> bits.</summary>
    public byte[] ClassTypeAndDirection { get; }

    public double[] ClassStrength { get; }

    public int EntryCount => Sources.Length + WindowedSources.Length;

    /// <summary>The index cut into chunks of about <paramref name="entriesPerChunk"/> entries, kept for the next layer.</summary>
    public InflowChunks Chunks(int entriesPerChunk)
    {
        var chunks = Volatile.Read(ref _chunks);
        if (chunks is null || chunks.EntriesPerChunk != entriesPerChunk)
        {
            chunks = InflowChunks.Build(this, entriesPerChunk);
            Volatile.Write(ref _chunks, chunks);
        }

        return chunks;
    }

    public int ClassCount => ClassStrength.Length;

    /// <summary>The index of <paramref name="graph"/>, or null when its strengths are too varied to intern.</summary>
    public static InflowIndex? Build(GraphProjection graph)
    {
        var nodeCount = graph.NodeCount;
        var offsets = new int[nodeCount + 1];
        var windowedOffsets = new int[nodeCount + 1];
        for (var node = 0; node < nodeCount; node++)
        {
            offsets[node + 1] = offsets[node];
            windowedOffsets[node + 1] = windowedOffsets[node];
            if (graph.Labels[node] == (byte)EntityLabel.Threat)
            {
                continue;
            }

            for (var a = graph.ArcOffsets[node]; a < graph.ArcOffsets[node + 1]; a++)
            {
                var inward = graph.Arcs[a] ^ 1;
                if (CarriesSpillover(graph, inward))
                {
                    if (HasWindow(graph, inward >> 1))
                    {
                        windowedOffsets[node + 1]++;
                    }
                    else
                    {
                        offsets[node + 1]++;
                    }
                }
            }
        }

        var sources = new int[offsets[nodeCount]];
        var classes = new ushort[sources.Length];
        var windowedSources = new int[windowedOffsets[nodeCount]];
        var windowedTargets = new int[windowedSources.Length];
        var windowedClasses = new ushort[windowedSources.Length];
        var windowedFrom = new int[windowedSources.Length];
        var windowedTo = new int[windowedSources.Length];
        var classIds = new Dictionary<(byte TypeAndDirection, double Strength), ushort>();
        var classTypes = new List<byte>();
        var classStrengths = new List<double>();
        for (var node = 0; node < nodeCount; node++)
        {
            var next = offsets[node];
            var nextWindowed = windowedOffsets[node];
            if (graph.Labels[node] == (byte)EntityLabel.Threat)
            {
                continue;
            }

            for (var a = graph.ArcOffsets[node]; a < graph.ArcOffsets[node + 1]; a++)
            {
                var inward = graph.Arcs[a] ^ 1;
                if (!CarriesSpillover(graph, inward))
                {
                    continue;
                }

                var edge = inward >> 1;
                var typeAndDirection = TypeAndDirection(graph, inward);
                var strength = graph.EdgeStrengths[edge];
                if (!classIds.TryGetValue((typeAndDirection, strength), out var id))
                {
                    if (classTypes.Count == MaxClasses)
                    {
                        return null;
                    }

                    id = (ushort)classTypes.Count;
                    classIds.Add((typeAndDirection, strength), id);
                    classTypes.Add(typeAndDirection);
                    classStrengths.Add(strength);
                }

                var source = graph.ArcTarget(graph.Arcs[a]);
                if (HasWindow(graph, edge))
                {
                    windowedTargets[nextWindowed] = node;
                    windowedSources[nextWindowed] = source;
                    windowedClasses[nextWindowed] = id;
                    windowedFrom[nextWindowed] = graph.EdgeValidFrom[edge];
                    windowedTo[nextWindowed] = graph.EdgeValidTo[edge];
                    nextWindowed++;
                }
                else
                {
                    sources[next] = source;
                    classes[next] = id;
                    next++;
                }
            }
        }

        return new InflowIndex(
            offsets, sources, classes, windowedTargets, windowedSources, windowedClasses, windowedFrom, windowedTo, [.. classTypes], [.. classStrengths]);
    }

    /// <summary>
    /// The arc (<c>edge &lt;&lt; 1 | reversed</c>) of entry <paramref name="entry"/> of <paramref name="node"/>, where
    /// windowed entries are numbered after all the others (<see cref="Sources"/>.Length + their index).
    /// </summary>
    public int ArcOf(GraphProjection graph, int node, int entry)
    {
        var windowed = entry >= Sources.Length;
        var rank = windowed ? entry - Sources.Length - WindowedRange(node).Start : entry - Offsets[node];
        for (var a = graph.ArcOffsets[node]; a < graph.ArcOffsets[node + 1]; a++)
        {
            var inward = graph.Arcs[a] ^ 1;
            if (CarriesSpillover(graph, inward) && HasWindow(graph, inward >> 1) == windowed && rank-- == 0)
            {
                return inward;
            }
        }

        throw new InvalidOperationException("The entry does not belong to the node.");
    }

    /// <summary>The windowed entries of <paramref name="node"/>, <c>[Start, End)</c>.</summary>
    public (int Start, int End) WindowedRange(int node)
    {
        var start = SortedSearch.LowerBound(WindowedTargets, 0, WindowedTargets.Length, node);
        var end = start;
        while (end < WindowedTargets.Length && WindowedTargets[end] == node)
        {
            end++;
        }

        return (start, end);
    }

    private static byte TypeAndDirection(GraphProjection graph, int arc) =>
        (byte)((graph.EdgeTypes[arc >> 1] & ArcLayout.TypeMask) | ((arc & 1) != 0 ? ArcLayout.ReversedBit : 0));

    /// <summary>True when the model lets spill-over flow along <paramref name="arc"/> (whatever a query's weights).</summary>
    private static bool CarriesSpillover(GraphProjection graph, int arc) =>
        (FlowByType[graph.EdgeTypes[arc >> 1] & ArcLayout.TypeMask] & (1 << (arc & 1))) != 0;

    /// <summary>Per relationship type: bit 0 when spill-over flows the stored way, bit 1 when it flows the reverse way.</summary>
    private static byte[] FlowBitsByType()
    {
        var bits = new byte[ArcLayout.TypeMask + 1];
        foreach (var info in RelationshipRules.All.Where(info => !info.IsAllianceWork))
        {
            bits[(int)info.Type] = FlowBits.Of(info.Flow);
        }

        return bits;
    }

    private static bool HasWindow(GraphProjection graph, int edge) =>
        graph.EdgeValidFrom[edge] != GraphProjection.OpenStart || graph.EdgeValidTo[edge] != GraphProjection.OpenEnd;
}
