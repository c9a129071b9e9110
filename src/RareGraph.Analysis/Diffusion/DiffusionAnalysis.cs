using RareGraph.Analysis.Budget;
using RareGraph.Analysis.Projection;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Diffusion;

/// <summary>Law lineage through MODELLED_ON, CITED, RESPONSE_TO and SAME_CAMPAIGN links.</summary>
/// <remarks>
/// A breadth-first search in each direction, so every threat is listed once at its fewest links, with the first chain
/// found (relationships in stored order). Lineage links and OCCURRED_IN are historical facts: their end dates do not
/// filter them. Only an as-of date does, by leaving out what had not yet begun (see <see cref="DiffusionOptions.At"/>).
/// </remarks>
public static class DiffusionAnalysis
{
    private const byte OccurredInType = (byte)RelationshipType.OccurredIn;
    private static readonly bool[] IsLineage = BuildLineageTable();

    /// <summary>The threats the given one descends from and those descending from it, each at its fewest links.</summary>
    /// <exception cref="Domain.Errors.RareGraphException">NOT_FOUND (threatKey), LIMIT_EXCEEDED.</exception>
    public static DiffusionReport Trace(GraphProjection graph, string threatKey, AnalysisBudget? budget = null) =>
        Trace(graph, threatKey, new DiffusionOptions(), budget);

    /// <summary>As <see cref="Trace(GraphProjection, string, AnalysisBudget?)"/>, as of a date and above a confidence.</summary>
    /// <exception cref="Domain.Errors.RareGraphException">VALIDATION (minConfidence), NOT_FOUND (threatKey), LIMIT_EXCEEDED.</exception>
    public static DiffusionReport Trace(GraphProjection graph, string threatKey, DiffusionOptions options, AnalysisBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        graph = graph.WithMinConfidence(options.MinConfidence);
        var threat = graph.RequireNode(threatKey, "threatKey", EntityLabel.Threat);
        var meter = new BudgetMeter(budget, "diffusion trace");
        var asOf = options.At?.DayNumber ?? GraphProjection.OpenEnd;
        return new DiffusionReport(
            graph.Keys[threat],
            DateOnly.FromDayNumber(graph.NodeDays[threat]),
            [.. JurisdictionsOf(graph, threat, asOf)],
            Walk(graph, threat, reversed: 0, asOf, meter),
            Walk(graph, threat, reversed: 1, asOf, meter));
    }

    private static DiffusionEntry[] Walk(GraphProjection graph, int start, int reversed, int asOf, BudgetMeter meter)
    {
        var parentArc = new Dictionary<int, int> { [start] = -1 };
        var depth = new Dictionary<int, int> { [start] = 0 };
        var queue = new Queue<int>();
        queue.Enqueue(start);
        var entries = new List<DiffusionEntry>();
        while (queue.TryDequeue(out var node))
        {
            var end = graph.ArcOffsets[node + 1];
            meter.Charge(end - graph.ArcOffsets[node]);
            for (var a = graph.ArcOffsets[node]; a < end; a++)
            {
                var arc = graph.Arcs[a];
                var next = graph.ArcTarget(arc);
                if ((arc & 1) != reversed || !IsLineage[graph.EdgeTypes[arc >> 1]] || parentArc.ContainsKey(next)
                    || !HadBegun(graph, arc >> 1, asOf) || graph.NodeDays[next] > asOf)
                {
                    continue;
                }

                parentArc[next] = arc;
                depth[next] = depth[node] + 1;
                queue.Enqueue(next);
                entries.Add(Entry(graph, start, next, depth[next], parentArc, asOf));
            }
        }

        var sorted = entries.ToArray();
        Array.Sort(sorted, (x, y) =>
        {
            var byDepth = x.Depth.CompareTo(y.Depth);
            if (byDepth != 0)
            {
                return byDepth;
            }

            var byDate = x.OccurredOn.CompareTo(y.OccurredOn);
            return byDate != 0 ? byDate : string.CompareOrdinal(x.ThreatKey, y.ThreatKey);
        });
        return sorted;
    }

    private static DiffusionEntry Entry(GraphProjection graph, int start, int threat, int depth, Dictionary<int, int> parentArc, int asOf)
    {
        var chain = new int[depth + 1];
        var links = new RelationshipKey[depth];
        chain[depth] = threat;
        for (var i = depth; i > 0; i--)
        {
            var arc = parentArc[chain[i]];
            links[i - 1] = graph.IdentityOf(arc >> 1);
            chain[i - 1] = graph.ArcTarget(arc ^ 1);
        }

        var crossed = new List<string>();
        foreach (var node in chain)
        {
            foreach (var jurisdiction in JurisdictionsOf(graph, node, asOf))
            {
                if (!crossed.Contains(jurisdiction))
                {
                    crossed.Add(jurisdiction);
                }
            }
        }

        var day = graph.NodeDays[threat];
        return new DiffusionEntry(graph.Keys[threat], DateOnly.FromDayNumber(day), depth, day - graph.NodeDays[start], links, crossed)
        {
            LagPrecision = Coarser(EventTraits.Precision(graph.EventTraits[start]), EventTraits.Precision(graph.EventTraits[threat])),
        };
    }

    /// <summary>A lag between a month-precise and a day-precise date is known to the month at best.</summary>
    private static DatePrecision Coarser(DatePrecision a, DatePrecision b) => (DatePrecision)Math.Max((int)a, (int)b);

    /// <summary>
    /// Whether the relationship (and both its ends, whose windows narrow its own) had begun by <paramref name="asOf"/>;
    /// its end is not looked at, lineage being history.
    /// </summary>
    private static bool HadBegun(GraphProjection graph, int edge, int asOf) => graph.EdgeValidFrom[edge] <= asOf;

    private static List<string> JurisdictionsOf(GraphProjection graph, int threat, int asOf)
    {
        var found = new List<string>(1);
        for (var a = graph.ArcOffsets[threat]; a < graph.ArcOffsets[threat + 1]; a++)
        {
            var arc = graph.Arcs[a];
            if ((arc & 1) == 0 && graph.EdgeTypes[arc >> 1] == OccurredInType && HadBegun(graph, arc >> 1, asOf))
            {
                found.Add(graph.Keys[graph.EdgeTo[arc >> 1]]);
            }
        }

        return found;
    }

    private static bool[] BuildLineageTable()
    {
        var table = new bool[Enum.GetValues<RelationshipType>().Length];
        foreach (var info in RelationshipRules.All)
        {
            table[(int)info.Type] = info.IsLineage;
        }

        return table;
    }
}
