using System.Globalization;
using RareGraph.Analysis.Budget;
using RareGraph.Analysis.Projection;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Spillover;

/// <summary>The impact of a threat: which organisations its spill-over reaches, how strongly, and why.</summary>
/// <remarks>Implements "Impact of a threat T" of the spill-over model v1; see <c>docs/spillover-model.md</c>.</remarks>
public static class ImpactAnalysis
{
    public const int MinHops = 1;
    public const int MaxHopsAllowed = 8;

    /// <summary>Computes the impact report of <paramref name="threatKey"/> on <paramref name="graph"/>.</summary>
    /// <exception cref="RareGraphException">
    /// VALIDATION for options out of range (fields maxHops, minScore, minConfidence, weights.N.weight, weights.N.type); NOT_FOUND
    /// (field threatKey) for an unknown threat; LIMIT_EXCEEDED when the budget runs out.
    /// </exception>
    public static ImpactReport Analyze(
        GraphProjection graph,
        string threatKey,
        ImpactOptions? options = null,
        AnalysisBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new ImpactOptions();
        ValidateHopsAndScore(options.MaxHops, options.MinScore);
        var weights = options.Weights is { Count: > 0 } ? SpilloverWeights.Create(options.Weights) : SpilloverWeights.Defaults;
        graph = graph.WithMinConfidence(options.MinConfidence);
        var threat = graph.RequireNode(threatKey, "threatKey", EntityLabel.Threat);
        var at = options.At ?? DateOnly.FromDayNumber(graph.NodeDays[threat]);
        var kinds = KindMask(options.Kinds);
        var initiators = ThreatSeeds.InitiatorsOf(graph, threat, at.DayNumber);

        var scratch = Propagate(
            graph, threat, at.DayNumber, weights, options.MaxHops, options.MinScore, new BudgetMeter(budget, "impact analysis"), initiators, direction: options.Direction, lastLayerKinds: kinds);
        var occurredIn = ThreatSeeds.OccurredIn(graph, threat, at.DayNumber);

        // The paths' events are copied first: ordering them borrows the report scratch that the entries then use.
        var recorder = new PathRecorder(graph, scratch);
        var report = ReportScratch.Rent(graph.NodeCount);
        var scores = report.Scores;
        var hops = report.Hops;
        var nodes = report.Nodes;
        var states = scratch.Nodes;
        var stamp = scratch.Stamp;
        var graphKinds = graph.Kinds;
        var count = 0;

        // In node order: one sequential pass over the node states, which hold each node's newest score and hop.
        for (var node = 0; node < states.Length && node < graph.NodeCount; node++)
        {
            ref readonly var state = ref states[node];
            var kind = graphKinds[node];
            if (state.Stamp != stamp || state.LastEvent < 0 || kind == GraphProjection.NoKind || (kinds & (1 << kind)) == 0)
            {
                continue;
            }

            scores[count] = state.Score;
            hops[count] = state.Hops;
            nodes[count] = node;
            count++;
        }

        // Copied out of the thread's scratch, unordered: the report orders only as far as it is read (ReportPrefix).
        var entries = new ReportEntries(nodes[..count], scores[..count], hops[..count]);
        var affected = new AffectedList(graph, recorder, occurredIn, at.DayNumber, entries);
        return new ImpactReport(graph.Keys[threat], at, affected)
        {
            Polarity = Projection.EventTraits.Polarity(graph.EventTraits[threat]),
            Initiators = KeysInOrder(graph, initiators),
        };
    }

    /// <summary>
    /// Seeds and propagates the impact of one threat into the calling thread's scratch, its
    /// <paramref name="initiators"/> kept out.
    /// </summary>
    internal static PropagationScratch Propagate(
        GraphProjection graph,
        int threat,
        int day,
        SpilloverWeights weights,
        int maxHops,
        double minScore,
        BudgetMeter meter,
        int[]? initiators = null,
        INodeBound? bound = null,
        LayerDirection direction = LayerDirection.Auto,
        int lastLayerKinds = LayerQuery.EveryNode)
    {
        var scratch = PropagationScratch.Rent(graph.NodeCount);
        ThreatSeeds.BlockInitiators(initiators ?? [], scratch);
        ThreatSeeds.Seed(graph, threat, day, scratch);
        SpilloverPropagation.Run(graph, scratch, day, weights, maxHops, minScore, meter, bound, direction, lastLayerKinds);
        return scratch;
    }

    internal static void ValidateHopsAndScore(int maxHops, double minScore)
    {
        if (maxHops is < MinHops or > MaxHopsAllowed)
        {
            throw RareGraphException.Validation(
                "maxHops", string.Create(CultureInfo.InvariantCulture, $"maxHops must be between {MinHops} and {MaxHopsAllowed}."));
        }

        if (!(minScore > 0 && minScore <= 1))
        {
            throw RareGraphException.Validation("minScore", "minScore must be greater than 0 and at most 1.");
        }
    }

    private static string[] KeysInOrder(GraphProjection graph, int[] nodes)
    {
        var keys = new string[nodes.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = graph.Keys[nodes[i]];
        }

        Array.Sort(keys, StringComparer.Ordinal);
        return keys;
    }

    private static int KindMask(IReadOnlyCollection<OrganisationKind>? kinds)
    {
        if (kinds is null || kinds.Count == 0)
        {
            return -1;
        }

        var mask = 0;
        foreach (var kind in kinds)
        {
            mask |= 1 << (int)kind;
        }

        return mask;
    }
}
