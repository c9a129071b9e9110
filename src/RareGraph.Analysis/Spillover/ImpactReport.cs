namespace RareGraph.Analysis.Spillover;

/// <summary>The organisations a threat reaches, ordered by score (ties within 1e-12 relative), then hops, then key.</summary>
public sealed record ImpactReport(string ThreatKey, DateOnly At, IReadOnlyList<AffectedOrganisation> Affected)
{
    /// <summary>
    /// The entries whose organisation is based outside every jurisdiction the threat occurred in, in report order —
    /// "who is affected elsewhere" — without making an entry for each of the others.
    /// </summary>
    public IReadOnlyList<AffectedOrganisation> CrossBorderOnly() =>
        Affected is AffectedList list ? list.CrossBorderOnly() : [.. Affected.Where(a => a.CrossBorder)];
}
