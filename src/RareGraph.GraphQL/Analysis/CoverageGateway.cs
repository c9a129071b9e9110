using RareGraph.Analysis.AllianceWork;
using RareGraph.Analysis.Budget;
using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Spillover;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;
using RareGraph.GraphQL.Caching;

namespace RareGraph.GraphQL.Analysis;

/// <summary>
/// Answers <c>coverage</c> and feeds <c>coverageGap</c>: the event's impact on governments, parliaments and multilateral
/// bodies from the projection (one snapshot, cached per graph version), then the campaigns advocating to those bodies
/// from the store — campaigns are no channel of spill-over, so the projection does not hold them.
/// </summary>
/// <remarks>
/// Three store calls per question whatever the number of bodies: the ADVOCATES_TO links into the bodies, the entities
/// at their other end, and those campaigns' RESPONDS_TO links.
/// </remarks>
internal sealed class CoverageGateway(IGraphStore store, GraphProjectionProvider projections, ReportCache reports, TimeProvider time)
{
    public async Task<IReadOnlyList<CoverageView>> CoverageAsync(CoverageArguments arguments, CancellationToken cancellationToken)
    {
        var kinds = arguments.Kinds is { Count: > 0 } asked ? asked : CoverageAnalysis.AdvocacyTargets;
        if (kinds.Any(k => !CoverageAnalysis.AdvocacyTargets.Contains(k)))
        {
            throw RareGraphException.Validation("kinds", "Coverage is about the bodies campaigns advocate to: kinds may name GOVERNMENT, PARLIAMENT and MULTILATERAL only.");
        }

        var at = arguments.At ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var asOf = new AsOf(at, arguments.MinConfidence);
        var graph = await projections.GetCurrentAsync(cancellationToken);
        var normalised = new { arguments.ThreatKey, At = at, arguments.MinConfidence, arguments.MaxHops, arguments.MinScore, Kinds = kinds.Order().ToList() };
        var impact = reports.GetOrCompute(
            "coverage",
            graph.Version,
            normalised,
            () => ImpactAnalysis.Analyze(
                graph,
                arguments.ThreatKey,
                new ImpactOptions
                {
                    At = at,
                    MinConfidence = arguments.MinConfidence,
                    MaxHops = arguments.MaxHops,
                    MinScore = arguments.MinScore,
                    Kinds = [.. kinds],
                },
                new AnalysisBudget { CancellationToken = cancellationToken }));

        var bodies = impact.Affected.Select(a => a.OrganisationKey).ToList();
        IReadOnlyList<Relationship> advocacy = bodies.Count == 0
            ? []
            : await store.GetRelationshipsOfAsync(bodies, RelationshipDirection.Incoming, [RelationshipType.AdvocatesTo], cancellationToken);
        var advocates = advocacy.Select(r => r.FromKey).Distinct(StringComparer.Ordinal).ToList();
        List<Campaign> campaigns = advocates.Count == 0
            ? []
            : (await store.GetEntitiesAsync(advocates, cancellationToken)).OfType<Campaign>().ToList();
        IReadOnlyList<Relationship> responses = campaigns.Count == 0
            ? []
            : await store.GetRelationshipsOfAsync([.. campaigns.Select(c => c.Key)], RelationshipDirection.Outgoing, [RelationshipType.RespondsTo], cancellationToken);

        return CoverageAnalysis.Assess(impact, campaigns, advocacy.Concat(responses), asOf)
            .Select(c => new CoverageView(new AffectedView(c.Body), c.CampaignKeys, c.RespondingCampaignKeys, at))
            .ToList();
    }
}
