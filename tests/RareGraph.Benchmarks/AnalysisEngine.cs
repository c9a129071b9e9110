using RareGraph.Analysis.Budget;
using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Spillover;
using RareGraph.Benchmarks.Baselines;
using RareGraph.Benchmarks.Generation;

namespace RareGraph.Benchmarks;

/// <summary>RareGraph's own <see cref="ImpactAnalysis"/> over a <see cref="GraphProjection"/> of the generated graph.</summary>
internal sealed class AnalysisEngine(GraphProjection projection, FlowArcs arcs) : IImpactEngine
{
    public string Name => "RareGraph ImpactAnalysis";

    public bool ListsOrganisationsOnly => true;

    public GraphProjection Projection => projection;

    public static AnalysisEngine Build(SyntheticGraph graph) =>
        new(GraphProjection.Build(graph.Entities, graph.Relationships), FlowArcs.Build(graph));

    public void Run(ImpactQuery query) => ImpactAnalysis.Analyze(projection, query.ThreatKey, Options(query), AnalysisBudget.Unlimited);

    public ImpactAnswer Answer(ImpactQuery query)
    {
        var report = ImpactAnalysis.Analyze(projection, query.ThreatKey, Options(query), AnalysisBudget.Unlimited);
        var scores = report.Affected.ToDictionary(a => arcs.IdOf[a.OrganisationKey], a => a.Score);

        // The report does not say how many arcs it scanned; the propagation it runs does, through its meter.
        var meter = new BudgetMeter(AnalysisBudget.Unlimited, "benchmark");
        ImpactAnalysis.Propagate(
            projection, projection.Ids[query.ThreatKey], query.At.DayNumber, SpilloverWeights.Defaults, query.MaxHops, query.MinScore, meter);
        return new ImpactAnswer(scores, meter.Visited);
    }

    public IImpactEngine For(SyntheticGraph graph) => Build(graph);

    private static ImpactOptions Options(ImpactQuery query) =>
        new() { At = query.At, MaxHops = query.MaxHops, MinScore = query.MinScore };
}
