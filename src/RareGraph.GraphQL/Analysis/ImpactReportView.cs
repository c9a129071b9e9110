namespace RareGraph.GraphQL.Analysis;

/// <summary>A threat's impact; <see cref="Affected"/> makes each entry's view when it is first read.</summary>
internal sealed record ImpactReportView(string ThreatKey, DateOnly At, IReadOnlyList<AffectedView> Affected);
