using RareGraph.Analysis.Alliance;
using RareGraph.Analysis.Budget;
using RareGraph.Analysis.Diffusion;
using RareGraph.Analysis.Exposure;
using RareGraph.Analysis.Paths;
using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Spillover;
using RareGraph.GraphQL.Caching;

namespace RareGraph.GraphQL.Analysis;

/// <summary>
/// Answers the analysis fields from the current graph projection: one consistent snapshot per question, the request's
/// cancellation as part of the budget, results mapped to the API's views and cached under the snapshot's version.
/// </summary>
internal sealed class SpilloverAnalysisGateway(GraphProjectionProvider projections, AnalysisCache cache, ReportCache reports, TimeProvider time)
    : IAnalysisGateway
{
    public async Task<ImpactReportView> ImpactAsync(ImpactArguments arguments, CancellationToken cancellationToken)
    {
        var graph = await projections.GetCurrentAsync(cancellationToken);
        var normalised = new
        {
            arguments.ThreatKey,
            arguments.MaxHops,
            arguments.MinScore,
            arguments.At,
            Weights = arguments.Weights.OrderBy(w => w.Type).Select(w => new { w.Type, w.Weight }).ToList(),
            Kinds = arguments.Kinds?.Order().ToList(),
            arguments.MinConfidence,
        };
        return reports.GetOrCompute("impact", graph.Version, normalised, () => Impact(graph, arguments, cancellationToken));
    }

    private static ImpactReportView Impact(GraphProjection graph, ImpactArguments arguments, CancellationToken cancellationToken)
    {
        var report = ImpactAnalysis.Analyze(
            graph,
            arguments.ThreatKey,
            new ImpactOptions
            {
                MaxHops = arguments.MaxHops,
                MinScore = arguments.MinScore,
                At = arguments.At,
                Weights = arguments.Weights.Select(w => new WeightOverride(w.Type, w.Weight)).ToList(),
                Kinds = arguments.Kinds,
                MinConfidence = arguments.MinConfidence,
            },
            Budget(cancellationToken));
        return new ImpactReportView(
            report.ThreatKey,
            report.At,
            new AffectedViewList(report.Affected),
            new Lazy<IReadOnlyList<AffectedView>>(() => new AffectedViewList(report.CrossBorderOnly())))
        {
            Polarity = report.Polarity,
            InitiatorKeys = report.Initiators,
        };
    }

    public async Task<IReadOnlyList<PathView>> PathsAsync(PathArguments arguments, CancellationToken cancellationToken)
    {
        var graph = await projections.GetCurrentAsync(cancellationToken);
        var at = arguments.At ?? Today();
        var normalised = new
        {
            arguments.FromKey,
            arguments.ToKey,
            arguments.K,
            arguments.MaxHops,
            Types = arguments.Types?.Order().ToList(),
            At = at,
            arguments.Undirected,
            arguments.Order,
            arguments.MinConfidence,
        };
        return await cache.GetOrComputeAsync<IReadOnlyList<PathView>>("paths", graph.Version, normalised, () => Paths(graph, arguments with { At = at }, cancellationToken), cancellationToken);
    }

    private List<PathView> Paths(GraphProjection graph, PathArguments arguments, CancellationToken cancellationToken)
    {
        var paths = PathSearch.FindPaths(
            graph,
            new PathOptions(arguments.FromKey, arguments.ToKey)
            {
                K = arguments.K,
                MaxHops = arguments.MaxHops,
                Types = arguments.Types,
                At = arguments.At,
                Undirected = arguments.Undirected,
                Ranking = arguments.Order,
                MinConfidence = arguments.MinConfidence,
            },
            Today(),
            Budget(cancellationToken));
        return paths.Select(View).ToList();
    }

    public async Task<IReadOnlyList<ExposureView>> ExposureAsync(ExposureArguments arguments, CancellationToken cancellationToken)
    {
        var graph = await projections.GetCurrentAsync(cancellationToken);
        return await cache.GetOrComputeAsync<IReadOnlyList<ExposureView>>(
            "exposure",
            graph.Version,
            arguments,
            () => ExposureAnalysis.Analyze(
                    graph,
                    arguments.OrganisationKey,
                    new ExposureOptions
                    {
                        MinScore = arguments.MinScore,
                        MaxHops = arguments.MaxHops,
                        At = arguments.At,
                        Polarity = arguments.Polarity,
                        MinConfidence = arguments.MinConfidence,
                    },
                    Budget(cancellationToken))
                .Select(e => new ExposureView(e.ThreatKey, e.Score, e.Hops, e.CrossBorder, View(e.Path)))
                .ToList(),
            cancellationToken);
    }

    public async Task<DiffusionView> DiffusionAsync(DiffusionArguments arguments, CancellationToken cancellationToken)
    {
        var graph = await projections.GetCurrentAsync(cancellationToken);
        return await cache.GetOrComputeAsync("diffusion", graph.Version, arguments, () => Diffusion(graph, arguments, cancellationToken), cancellationToken);
    }

    private static DiffusionView Diffusion(GraphProjection graph, DiffusionArguments arguments, CancellationToken cancellationToken)
    {
        var report = DiffusionAnalysis.Trace(
            graph,
            arguments.ThreatKey,
            new DiffusionOptions { At = arguments.At, MinConfidence = arguments.MinConfidence },
            Budget(cancellationToken));
        return new DiffusionView(
            report.ThreatKey,
            report.Ancestors.Select(e => View(report.ThreatKey, e)).ToList(),
            report.Descendants.Select(e => View(report.ThreatKey, e)).ToList());
    }

    public async Task<AllianceView> AllianceAsync(DateOnly? at, double minConfidence, AllianceScope scope, CancellationToken cancellationToken)
    {
        var date = at ?? Today();
        var graph = await projections.GetCurrentAsync(cancellationToken);
        var key = new
        {
            date,
            minConfidence,
            keys = scope.Keys?.Order(StringComparer.Ordinal).ToList(),
            kinds = scope.Kinds?.Order().ToList(),
            scope.ConnectedOnly,
        };
        return await cache.GetOrComputeAsync("alliance", graph.Version, key, () => Alliance(graph, date, minConfidence, scope, cancellationToken), cancellationToken);
    }

    private static AllianceView Alliance(GraphProjection graph, DateOnly date, double minConfidence, AllianceScope scope, CancellationToken cancellationToken)
    {
        var view = graph.WithMinConfidence(minConfidence);
        var report = AllianceAnalysis.Compute(AllianceGraph.FromProjection(view, date, scope), date, cancellationToken: cancellationToken);
        return new AllianceView(
            report.At,
            report.Members.Select(m => new AllianceMemberView(m.Key, m.Degree, m.PageRank, m.Betweenness, m.IsArticulationPoint, m.ComponentId, m.CommunityId)).ToList(),
            report.Components.Select(g => new AllianceGroupView(g.Id, g.MemberKeys)).ToList(),
            report.Communities.Select(g => new AllianceGroupView(g.Id, g.MemberKeys)).ToList(),
            report.Modularity);
    }

    private static AnalysisBudget Budget(CancellationToken cancellationToken) => new() { CancellationToken = cancellationToken };

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static PathView View(SpilloverPath path) => new(path.NodeKeys, path.Relationships, path.Score, path.Hops);

    /// <summary>The chain's threats are found by walking its links from the queried threat.</summary>
    private static DiffusionLinkView View(string origin, DiffusionEntry entry)
    {
        var chain = new List<string> { origin };
        foreach (var link in entry.Links)
        {
            chain.Add(string.Equals(link.FromKey, chain[^1], StringComparison.Ordinal) ? link.ToKey : link.FromKey);
        }

        return new DiffusionLinkView(
            entry.ThreatKey,
            entry.Depth,
            entry.LagDays,
            entry.Links.Select(l => l.Type).ToList(),
            entry.JurisdictionsCrossed,
            chain,
            entry.LagPrecision);
    }
}
