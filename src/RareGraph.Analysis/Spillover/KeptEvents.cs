using RareGraph.Analysis.Sorting;

namespace RareGraph.Analysis.Spillover;

/// <summary>
/// The events of one propagation, copied out of the thread's scratch so a report can build explaining paths later:
/// each hop layer's events in node order, so the event a node had at a given hop is found by binary search instead of
/// through a node-indexed array (a megabyte per report on the benchmark graph, for the few paths a caller reads).
/// </summary>
/// <remarks>
/// A scattering layer names the arc that reached each event, and that is kept (the parent is the arc's other end, at
/// the hop before). A gathering layer's events name nothing (<see cref="EventArcs.Unresolved"/>) and come in node
/// order already; a scattering layer's are put in node order here, by a radix sort of the layer.
/// </remarks>
internal sealed class KeptEvents
{
    private readonly KeptEvent[] _events;
    private readonly int[] _layerStart;
    private readonly int[] _arcs;

    /// <summary>Per layer, where its events' arcs start in <see cref="_arcs"/>, or −1 for a gathering layer.</summary>
    private readonly int[] _arcStart;

    /// <summary>True when the propagation's last layer gathered and was left out.</summary>
    private readonly bool _gatheredLast;

    public KeptEvents(PropagationScratch scratch)
    {
        // A last layer that gathered is nobody's parent and its events name no arc: a path into it starts from the
        // entry's own node and score, so its events (often the largest layer) are not copied.
        var layers = scratch.LayerCount;
        _gatheredLast = layers > 1 && scratch.LayerGathered[layers - 1];
        if (_gatheredLast)
        {
            layers--;
        }

        _layerStart = new int[layers + 1];
        _arcStart = new int[layers];
        var scattered = 0;
        var largestScattered = 0;
        for (var hop = 0; hop < layers; hop++)
        {
            _layerStart[hop] = scratch.LayerStart[hop];
            var size = scratch.LayerEnd(hop) - scratch.LayerStart[hop];
            _arcStart[hop] = scratch.LayerGathered[hop] ? -1 : scattered;
            if (!scratch.LayerGathered[hop])
            {
                scattered += size;
                largestScattered = Math.Max(largestScattered, size);
            }
        }

        _layerStart[layers] = scratch.LayerEnd(layers - 1);
        _events = new KeptEvent[_layerStart[layers]];
        _arcs = new int[scattered];
        var sort = largestScattered > 1 ? ReportScratch.Rent(largestScattered) : null;
        for (var hop = 0; hop < layers; hop++)
        {
            if (scratch.LayerGathered[hop])
            {
                for (var e = _layerStart[hop]; e < _layerStart[hop + 1]; e++)
                {
                    _events[e] = new KeptEvent(scratch.EventNode[e], scratch.EventScore[e]);
                }
            }
            else
            {
                KeepInNodeOrder(scratch, hop, sort);
            }
        }
    }

    /// <summary>Whether hop layer <paramref name="hop"/> gathered (its events' parents are to be searched for).</summary>
    public bool Gathered(int hop) => hop >= _arcStart.Length ? _gatheredLast : _arcStart[hop] < 0;

    public int NodeOf(int kept) => _events[kept].Node;

    public double ScoreOf(int kept) => _events[kept].Score;

    /// <summary>The arc that reached kept event <paramref name="kept"/> of scattering layer <paramref name="hop"/>.</summary>
    public int ArcOf(int hop, int kept) => _arcs[_arcStart[hop] + kept - _layerStart[hop]];

    /// <summary>The kept event of <paramref name="node"/> at exactly <paramref name="hop"/>, or −1 (also for a left-out last layer).</summary>
    public int Find(int hop, int node)
    {
        if (hop >= _arcStart.Length)
        {
            return -1;
        }

        var low = _layerStart[hop];
        var high = _layerStart[hop + 1] - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var found = _events[middle].Node;
            if (found == node)
            {
                return middle;
            }

            if (found < node)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    private void KeepInNodeOrder(PropagationScratch scratch, int hop, ReportScratch? sort)
    {
        var start = _layerStart[hop];
        var count = _layerStart[hop + 1] - start;
        var arcStart = _arcStart[hop];
        if (count <= 1 || sort is null)
        {
            // With no layer of two events or more there is nothing to sort (and no sorting scratch was rented).
            for (var e = start; e < start + count; e++)
            {
                _events[e] = new KeptEvent(scratch.EventNode[e], scratch.EventScore[e]);
                _arcs[arcStart + e - start] = scratch.EventArc[e];
            }

            return;
        }

        var keys = sort.SortKeys.AsSpan(0, count);
        var order = sort.Order.AsSpan(0, count);
        for (var i = 0; i < count; i++)
        {
            keys[i] = (uint)scratch.EventNode[start + i];
            order[i] = start + i;
        }

        RadixSort.Sort(keys, order, sort.KeyBuffer, sort.OrderBuffer);
        for (var i = 0; i < count; i++)
        {
            var e = order[i];
            _events[start + i] = new KeptEvent(scratch.EventNode[e], scratch.EventScore[e]);
            _arcs[arcStart + i] = scratch.EventArc[e];
        }
    }
}
