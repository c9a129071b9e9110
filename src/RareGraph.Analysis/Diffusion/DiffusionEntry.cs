using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Diffusion;

/// <summary>
/// A threat in another's law lineage: reached in <see cref="Depth"/> links (<see cref="Links"/>, in walk order from the
/// queried threat), <see cref="LagDays"/> = this threat's date minus the queried threat's date (negative for a
/// precursor that came first), and the jurisdictions the chain passes through.
/// </summary>
public sealed record DiffusionEntry(
    string ThreatKey,
    DateOnly OccurredOn,
    int Depth,
    int LagDays,
    IReadOnlyList<RelationshipKey> Links,
    IReadOnlyList<string> JurisdictionsCrossed)
{
    /// <summary>
    /// How exact <see cref="LagDays"/> is: the coarser of the two events' date precisions. Between a date known to the
    /// month and an exact one, the lag is known to the month (give or take 30 days), not to the day.
    /// </summary>
    public DatePrecision LagPrecision { get; init; }
}
