namespace RareGraph.Analysis.Spillover;

/// <summary>The organisations a threat reaches, ordered by score (ties within 1e-12 relative), then hops, then key.</summary>
public sealed record ImpactReport(string ThreatKey, DateOnly At, IReadOnlyList<AffectedOrganisation> Affected);
