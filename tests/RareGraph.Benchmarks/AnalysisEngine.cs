using RareGraph.Analysis.Budget;
using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Spillover;
using RareGraph.Benchmarks.Baselines;
using RareGraph.Benchmarks.Generation;

namespace RareGraph.Benchmarks;

/// <summary>RareGraph's own <see cref="ImpactAnalysis"/> over a <see cref="GraphProjection"/> of the generated graph.</summary>
internal sealed class AnalysisEngine(GraphProjection projection, FlowArcs arcs) : IImpactEngine
{
    /// <summary>The API's default page size.</summary>
    private const int FirstPage = 25;

    public string Name => "RareGraph ImpactAnalysis";

    public bool ListsOrganisationsOnly => true;

    public GraphProjection Projection => projection;

    public static AnalysisEngine Build(SyntheticGraph graph) =>
        new(GraphProjection.Build(graph.Entities, graph.Relationships), FlowArcs.Build(graph));

    /// <summary>
    /// What a dashboard asks: the report (its order and count) and the first page of it, each entry with its
    /// cross-border flag and explaining path, which the report makes only when they are read.
    /// </summary>
    public void Run(ImpactQuery query)
    {
        var affected = ImpactAnalysis.Analyze(projection, query.ThreatKey, Options(query), AnalysisBudget.Unlimited).Affected;
        for (var i = 0; i < Math.Min(FirstPage, affected.Count); i++)
        {
            _ = affected[i].CrossBorder;
            _ = affected[i].Path;
        }
    }

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
