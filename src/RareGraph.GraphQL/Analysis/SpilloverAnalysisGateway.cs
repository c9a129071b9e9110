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
    public async Task<ImpactReportView> ImpactAsync(string threatKey, ImpactOptions options, CancellationToken cancellationToken)
    {
        var graph = await projections.GetCurrentAsync(cancellationToken);
        var normalised = new
        {
            ThreatKey = threatKey,
            options.MaxHops,
            options.MinScore,
            options.At,
            Weights = (options.Weights ?? []).OrderBy(w => w.Type).Select(w => new { w.Type, w.Weight }).ToList(),
            Kinds = options.Kinds?.Order().ToList(),
            options.MinConfidence,
        };
        return reports.GetOrCompute("impact", graph.Version, normalised, () => Impact(graph, threatKey, options, cancellationToken));
    }

    private static ImpactReportView Impact(GraphProjection graph, string threatKey, ImpactOptions options, CancellationToken cancellationToken)
    {
        var report = ImpactAnalysis.Analyze(graph, threatKey, options, Budget(cancellationToken));
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

    public async Task<IReadOnlyList<PathView>> PathsAsync(PathOptions options, CancellationToken cancellationToken)
    {
        var graph = await projections.GetCurrentAsync(cancellationToken);
        var at = options.At ?? Today();
        var normalised = new
        {
            options.FromKey,
            options.ToKey,
            options.K,
            options.MaxHops,
            Types = options.Types?.Order().ToList(),
            At = at,
            options.Undirected,
            Order = options.Ranking,
            options.MinConfidence,
        };
        return await cache.GetOrComputeAsync<IReadOnlyList<PathView>>("paths", graph.Version, normalised, () => Paths(graph, options with { At = at }, cancellationToken), cancellationToken);
    }

    private List<PathView> Paths(GraphProjection graph, PathOptions options, CancellationToken cancellationToken)
    {
        var paths = PathSearch.FindPaths(graph, options, Today(), Budget(cancellationToken));
        return paths.Select(View).ToList();
    }

    public async Task<IReadOnlyList<ExposureView>> ExposureAsync(string organisationKey, ExposureOptions options, CancellationToken cancellationToken)
    {
        var graph = await projections.GetCurrentAsync(cancellationToken);
        var normalised = new
        {
            OrganisationKey = organisationKey,
            options.MinScore,
            options.MaxHops,
            options.At,
            options.Polarity,
            options.MinConfidence,
        };
        return await cache.GetOrComputeAsync<IReadOnlyList<ExposureView>>(
            "exposure",
            graph.Version,
            normalised,
            () => ExposureAnalysis.Analyze(graph, organisationKey, options, Budget(cancellationToken))
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
