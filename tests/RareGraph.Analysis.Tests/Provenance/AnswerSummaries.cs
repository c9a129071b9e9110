using RareGraph.Analysis.Alliance;
using RareGraph.Analysis.Diffusion;
using RareGraph.Analysis.Exposure;
using RareGraph.Analysis.Paths;
using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Spillover;

namespace RareGraph.Analysis.Tests.Provenance;

/// <summary>The parts of each analysis' answer that two equivalent graphs must agree on, as comparable strings.</summary>
internal static class AnswerSummaries
{
    public static string Impact(GraphProjection graph, string threat, ImpactOptions options)
    {
        var report = ImpactAnalysis.Analyze(graph, threat, options);
        return $"initiators {string.Join(",", report.Initiators)}; polarity {report.Polarity}; "
            + string.Join("; ", report.Affected.Select(a => $"{a.OrganisationKey} {a.Score:R} {a.Hops} {a.CrossBorder}"));
    }

    public static string Exposure(GraphProjection graph, string organisation, ExposureOptions options) =>
        string.Join("; ", ExposureAnalysis.Analyze(graph, organisation, options)
            .Select(e => $"{e.ThreatKey} {e.At} {e.Score:R} {e.Hops} {e.CrossBorder}"));

    public static string Paths(GraphProjection graph, PathOptions options) =>
        string.Join("; ", PathSearch.FindPaths(graph, options, Support.TestGraph.Day)
            .Select(p => $"{string.Join(">", p.NodeKeys)} {string.Join(",", p.Relationships.Select(r => r.Type))} {p.Score:R}"));

    public static string Alliance(GraphProjection graph, DateOnly at) =>
        string.Join("; ", AllianceAnalysis.Compute(graph, at).Members
            .Select(m => $"{m.Key} {m.Degree} {m.PageRank:F9} {m.Betweenness:F9} {m.IsArticulationPoint} {m.ComponentId} {m.CommunityId}"));

    public static string Diffusion(GraphProjection graph, string threat, DiffusionOptions options)
    {
        var report = DiffusionAnalysis.Trace(graph, threat, options);
        return string.Join("; ", report.Ancestors.Concat(report.Descendants)
            .Select(e => $"{e.ThreatKey} {e.Depth} {e.LagDays} {e.LagPrecision} {string.Join(",", e.JurisdictionsCrossed)}"));
    }
}
