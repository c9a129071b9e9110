namespace RareGraph.Analysis.Projection;

/// <summary>
/// The views of one snapshot without its less certain facts, one per distinct cut-off, built on first use and kept
/// with the snapshot (so they go when a write replaces it).
/// </summary>
/// <remarks>
/// Which relationships and entities a cut-off removes depends only on which recorded confidence levels lie below it,
/// so cut-offs are rounded up to the next recorded level: a graph whose facts carry the levels 0.4, 0.5 and 1 has at
/// most two views whatever cut-offs callers ask for. A view shares the node arrays and copies the kept relationships
/// (one pass over them, then the arc layout as a fresh snapshot would). Beyond <see cref="MaxKept"/> views, further
/// cut-offs are built for the one question and not kept.
/// </remarks>
internal sealed class ConfidenceViews(GraphProjection whole)
{
    private const int MaxKept = 8;

    private readonly Lock _gate = new();
    private readonly Dictionary<double, GraphProjection> _views = [];
    private double[]? _levels;

    /// <summary>The view at <paramref name="minConfidence"/> (in (0, 1]); the whole snapshot when nothing falls below it.</summary>
    public GraphProjection For(double minConfidence)
    {
        var levels = Levels();
        var next = Array.BinarySearch(levels, minConfidence);
        if (next < 0)
        {
            next = ~next;
        }

        // Nothing below the cut-off: the whole graph answers.
        if (next == 0)
        {
            return whole;
        }

        var cut = next < levels.Length ? levels[next] : minConfidence;
        lock (_gate)
        {
            if (_views.TryGetValue(cut, out var kept))
            {
                return kept;
            }
        }

        var view = Build(cut);
        lock (_gate)
        {
            if (_views.TryGetValue(cut, out var raced))
            {
                return raced;
            }

            if (_views.Count < MaxKept)
            {
                _views[cut] = view;
            }
        }

        return view;
    }

    /// <summary>The distinct confidences of the snapshot's relationships and entities, ascending.</summary>
    private double[] Levels()
    {
        var levels = Volatile.Read(ref _levels);
        if (levels is not null)
        {
            return levels;
        }

        var distinct = new HashSet<double>(whole.NodeConfidence);
        if (whole.EdgeConfidence is { } edges)
        {
            distinct.UnionWith(edges);
        }

        levels = [.. distinct.Order()];
        Volatile.Write(ref _levels, levels);
        return levels;
    }

    private GraphProjection Build(double cut)
    {
        var confidence = whole.EdgeConfidence;
        var edgeCount = whole.RelationshipCount;
        var kept = 0;
        for (var e = 0; e < edgeCount; e++)
        {
            if (confidence is null || confidence[e] >= cut)
            {
                kept++;
            }
        }

        var from = new int[kept];
        var to = new int[kept];
        var types = new byte[kept];
        var strengths = new double[kept];
        var validFrom = new int[kept];
        var validTo = new int[kept];
        var keptConfidence = confidence is null ? null : new double[kept];
        var k = 0;
        for (var e = 0; e < edgeCount; e++)
        {
            if (confidence is not null && confidence[e] < cut)
            {
                continue;
            }

            from[k] = whole.EdgeFrom[e];
            to[k] = whole.EdgeTo[e];
            types[k] = whole.EdgeTypes[e];
            strengths[k] = whole.EdgeStrengths[e];
            validFrom[k] = whole.EdgeValidFrom[e];
            validTo[k] = whole.EdgeValidTo[e];
            if (keptConfidence is not null)
            {
                keptConfidence[k] = confidence![e];
            }

            k++;
        }

        var (offsets, arcs) = GraphProjectionBuilder.LayOutArcs(from, to, whole.NodeCount, kept);
        return new GraphProjection(
            whole.Version,
            new ProjectionArrays(
                whole.Keys,
                whole.Ids,
                whole.Labels,
                whole.Kinds,
                whole.NodeDays,
                whole.NodeValidFrom,
                whole.NodeValidTo,
                whole.NodeConfidence,
                whole.EventTraits,
                from,
                to,
                types,
                strengths,
                validFrom,
                validTo,
                keptConfidence,
                offsets,
                arcs),
            cut);
    }
}
