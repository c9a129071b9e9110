using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Spillover;

/// <summary>The organisations a threat reaches, ordered by score (ties within 1e-12 relative), then hops, then key.</summary>
/// <remarks>
/// The event's initiators are listed apart (<see cref="Initiators"/>) and never among <see cref="Affected"/>: spill-over
/// neither starts from nor reaches them through this event.
/// </remarks>
public sealed record ImpactReport(string ThreatKey, DateOnly At, IReadOnlyList<AffectedOrganisation> Affected)
{
    /// <summary>Whether the scores measure harm (restrictive) or protection (protective) reaching the organisations.</summary>
    public EventPolarity Polarity { get; init; }

    /// <summary>The keys of the organisations that brought the event about (INITIATED_BY at <see cref="At"/>), in key order.</summary>
    public IReadOnlyList<string> Initiators { get; init; } = [];

    /// <summary>
    /// The entries whose organisation is based outside every jurisdiction the threat occurred in, in report order —
    /// "who is affected elsewhere" — without making an entry for each of the others.
    /// </summary>
    public IReadOnlyList<AffectedOrganisation> CrossBorderOnly() =>
        Affected is AffectedList list ? list.CrossBorderOnly() : [.. Affected.Where(a => a.CrossBorder)];
}
