using RareGraph.Domain.Model;

namespace RareGraph.Analysis.AllianceWork;

/// <summary>
/// The time from one camp's first day to the day before the next camp (the last camp's period runs to the programme's
/// end, or stays open), and how the programme's network changed in it.
/// </summary>
/// <param name="Camp">The camp that opens the period.</param>
/// <param name="From">The camp's first day.</param>
/// <param name="To">The period's last day; null when open.</param>
/// <param name="Created">Ties that began in the period (validFrom within it).</param>
/// <param name="Ended">Ties that ended in the period (validTo within it).</param>
/// <param name="Total">Ties at the end of the period: the baseline plus every tie created, less every tie ended, so far.</param>
/// <param name="CreatedByType">The ties created, per relationship type, in the model's type order; types with none left out.</param>
public sealed record GrowthPeriod(
    Camp Camp,
    DateOnly From,
    DateOnly? To,
    int Created,
    int Ended,
    int Total,
    IReadOnlyList<KeyValuePair<RelationshipType, int>> CreatedByType);
