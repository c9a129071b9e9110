using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Analysis;

/// <summary>
/// A threat's impact; <see cref="Affected"/> makes each entry's view when it is first read, and
/// <see cref="CrossBorderAffected"/> filters the cross-border entries on first use, from their flags alone.
/// <see cref="InitiatorKeys"/> are the organisations that brought the event about, never among the affected.
/// </summary>
internal sealed record ImpactReportView(
    string ThreatKey,
    DateOnly At,
    IReadOnlyList<AffectedView> Affected,
    Lazy<IReadOnlyList<AffectedView>> CrossBorderAffected)
{
    public EventPolarity Polarity { get; init; }

    public IReadOnlyList<string> InitiatorKeys { get; init; } = [];
}
