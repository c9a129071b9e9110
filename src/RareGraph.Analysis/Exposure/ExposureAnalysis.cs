using RareGraph.Analysis.Budget;
using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Spillover;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Exposure;

/// <summary>The recorded threats whose impact on one organisation reaches a minimum score.</summary>
/// <remarks>
/// Two phases. (1) <see cref="ReverseReach"/> walks backwards from the organisation, against the flow and ignoring
/// dates, and keeps the nodes that could pass on at least minScore; the threats that TARGET one of them or OCCURRED_IN
/// one of them are the only ones that can. (2) Each such threat's impact is propagated as <see cref="ImpactAnalysis"/>
/// does (its own date, default weights, the same code), additionally skipping any node whose arriving score times its
/// reverse bound falls below minScore: such a node lies on no path that reaches the organisation with minScore, so the
/// organisation's numbers are unchanged (the best path survives the cut, and every kept chain is a real path). Cost:
/// one bounded reverse search, O(arcs within maxHops of the organisation whose bound stays above minScore), plus per
/// candidate threat a forward propagation confined to that reverse ball — threats that cannot reach the organisation
/// are never computed. A per-snapshot index was not chosen: it would cost a propagation per threat at every version.
/// </remarks>
public static class ExposureAnalysis
{
    private const byte TargetsType = (byte)RelationshipType.Targets;
    private const byte OccurredInType = (byte)RelationshipType.OccurredIn;

    // The reverse bound multiplies the same factors in another order; this slack keeps rounding from dropping a threat.
    private const double BoundSlack = 1e-9;

    /// <summary>Ordered by score descending (1e-12 relative ties), then hops ascending, then threat key (ordinal).</summary>
    /// <exception cref="Domain.Errors.RareGraphException">
    /// VALIDATION (maxHops, minScore), NOT_FOUND (organisationKey), LIMIT_EXCEEDED.
    /// </exception>
    public static IReadOnlyList<ThreatExposure> Analyze(
        GraphProjection graph,
        string organisationKey,
        double minScore = ImpactOptions.DefaultMinScore,
        int maxHops = ImpactOptions.DefaultMaxHops,
        AnalysisBudget? budget = null) =>
        Analyze(graph, organisationKey, new ExposureOptions { MinScore = minScore, MaxHops = maxHops }, budget);

    /// <summary>
    /// The events of the asked polarity whose impact on the organisation reaches minScore, ordered by score descending
    /// (1e-12 relative ties), then hops ascending, then threat key (ordinal). An event the organisation initiated is
    /// never among them, and no event's spill-over passes through its own initiators.
    /// </summary>
    /// <exception cref="Domain.Errors.RareGraphException">
    /// VALIDATION (maxHops, minScore, minConfidence), NOT_FOUND (organisationKey), LIMIT_EXCEEDED.
    /// </exception>
    public static IReadOnlyList<ThreatExposure> Analyze(
        GraphProjection graph, string organisationKey, ExposureOptions options, AnalysisBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        var (minScore, maxHops) = (options.MinScore, options.MaxHops);
        ImpactAnalysis.ValidateHopsAndScore(maxHops, minScore);
        graph = graph.WithMinConfidence(options.MinConfidence);
        var organisation = graph.RequireNode(organisationKey, "organisationKey", EntityLabel.Organisation);
        var meter = new BudgetMeter(budget, "exposure analysis");

        var reach = ReverseReach.Rent(graph.NodeCount);
        reach.Run(graph, organisation, maxHops, minScore * (1 - BoundSlack), meter);
        var candidates = CandidateThreats(graph, reach, meter, out var datesMatter);

        // What one seed delivers does not depend on the threat, only on the date — and not even on that when no
        // relationship near the organisation has validity bounds — unless the threat's initiators lie in the reverse
        // ball, where blocking them can change it. Threats sharing a seed otherwise share the work.
        var fromSeed = new Dictionary<(int Seed, int Day, int Blocking), SpilloverPath?>();
        var found = new List<ThreatExposure>(candidates.Count);
        foreach (var threat in candidates)
        {
            if (Projection.EventTraits.Polarity(graph.EventTraits[threat]) != options.Polarity
                || (options.At is { } asOf && graph.NodeDays[threat] > asOf.DayNumber))
            {
                continue;
            }

            var day = options.At?.DayNumber ?? graph.NodeDays[threat];
            var initiators = ThreatSeeds.InitiatorsOf(graph, threat, day);
            if (Array.IndexOf(initiators, organisation) >= 0)
            {
                continue;
            }

            var blocking = Array.Exists(initiators, i => reach.CanStillReach(i, 1.0)) ? threat : -1;
            SpilloverPath? best = null;
            foreach (var seed in ThreatSeeds.SeedsOf(graph, threat, day))
            {
                if (!reach.CanStillReach(seed, 1.0) || Array.IndexOf(initiators, seed) >= 0)
                {
                    continue;
                }

                var key = (seed, datesMatter ? day : 0, blocking);
                if (!fromSeed.TryGetValue(key, out var path))
                {
                    path = PropagateFromSeed(graph, seed, organisation, day, maxHops, minScore, meter, reach, blocking < 0 ? [] : initiators);
                    fromSeed[key] = path;
                }

                // As the joint propagation would: the higher score, among tied scores the fewer hops, and among tied
                // scores in as many hops the larger double (one layer keeps its largest offer).
                if (path is not null && (best is null || ScoreTies.IsBetter(path.Score, best.Score)
                    || (ScoreTies.AreTied(path.Score, best.Score)
                        && (path.Hops < best.Hops || (path.Hops == best.Hops && path.Score > best.Score)))))
                {
                    best = path;
                }
            }

            if (best is not null)
            {
                var crossBorder = ThreatSeeds.IsCrossBorder(graph, organisation, ThreatSeeds.OccurredIn(graph, threat, day), day);
                found.Add(new ThreatExposure(graph.Keys[threat], DateOnly.FromDayNumber(day), best.Score, best.Hops, crossBorder, best));
            }
        }

        var sorted = found.ToArray();
        ScoreTies.Sort(sorted, sorted.Length, e => e.Score, (x, y) =>
        {
            var byHops = x.Hops.CompareTo(y.Hops);
            return byHops != 0 ? byHops : string.CompareOrdinal(x.ThreatKey, y.ThreatKey);
        });
        return sorted;
    }

    private static SpilloverPath? PropagateFromSeed(
        GraphProjection graph, int seed, int organisation, int day, int maxHops, double minScore, BudgetMeter meter, ReverseReach reach, int[] initiators)
    {
        var scratch = PropagationScratch.Rent(graph.NodeCount);
        ThreatSeeds.BlockInitiators(initiators, scratch);
        scratch.AddEvent(seed, 0, 1.0, EventArcs.None);
        SpilloverPropagation.Run(graph, scratch, day, SpilloverWeights.Defaults, maxHops, minScore, meter, reach);
        return scratch.HasEvent(organisation) ? SpilloverPropagation.PathTo(graph, scratch, organisation) : null;
    }

    /// <summary>
    /// The threats seeding a node of the reverse ball, and whether any spill-over relationship there has validity
    /// bounds (if none has, results do not depend on the date).
    /// </summary>
    private static List<int> CandidateThreats(GraphProjection graph, ReverseReach reach, BudgetMeter meter, out bool datesMatter)
    {
        datesMatter = false;
        var threats = new HashSet<int>();
        foreach (var node in reach.Reached)
        {
            var end = graph.ArcOffsets[node + 1];
            meter.Charge(end - graph.ArcOffsets[node]);
            for (var a = graph.ArcOffsets[node]; a < end; a++)
            {
                var arc = graph.Arcs[a];
                var type = graph.EdgeTypes[arc >> 1];
                if ((arc & 1) == 1 && (type == TargetsType || type == OccurredInType))
                {
                    threats.Add(graph.EdgeFrom[arc >> 1]);
                }
                else if (graph.EdgeValidFrom[arc >> 1] != GraphProjection.OpenStart || graph.EdgeValidTo[arc >> 1] != GraphProjection.OpenEnd)
                {
                    datesMatter = true;
                }
            }
        }

        var ordered = new List<int>(threats);
        ordered.Sort();
        return ordered;
    }
}
