using RareGraph.Domain.Model;

namespace RareGraph.Analysis.AllianceWork;

/// <summary>
/// The growth of a programme's network over its camps: how many ties (by default the alliance relationships
/// AFFILIATED_WITH, MEMBER_OF, PARTNERS_WITH and FUNDED_BY) its members formed in each camp period.
/// </summary>
/// <remarks>
/// A tie is "created" when it begins (its <c>validFrom</c>): the date the relationship began in the world, not when it
/// was entered in the graph. Ties with no <c>validFrom</c> count as always there (in the baseline). The network is the
/// programme's organisers, everyone who took part in it or its camps, and the organisations those defenders are
/// AFFILIATED_WITH; a tie counts when at least one end is a member and neither end, nor the tie, is less sure than the
/// minimum confidence.
/// </remarks>
public static class NetworkGrowthAnalysis
{
    /// <summary>The relationship types counted unless a caller names others: those alliance analytics work on.</summary>
    public static IReadOnlyList<RelationshipType> AllianceTypes { get; } =
        [RelationshipType.AffiliatedWith, RelationshipType.MemberOf, RelationshipType.PartnersWith, RelationshipType.FundedBy];

    /// <summary>Counts the network's ties per camp period.</summary>
    /// <param name="camps">The programme's camps; undated ones (and those not sure enough) open no period.</param>
    /// <param name="programmeEndsOn">The last day of the last period; null leaves it open.</param>
    /// <param name="members">The network's keys.</param>
    /// <param name="relationships">Candidate ties (duplicates are counted once); those of other types or touching no member are ignored.</param>
    /// <param name="confidenceOf">The confidence of an entity by key (null: 1); a key it does not know is no entity and drops its ties.</param>
    /// <param name="types">The relationship types that count as ties.</param>
    /// <param name="minConfidence">Ties and entities less sure than this do not exist.</param>
    public static NetworkGrowthReport Compute(
        IEnumerable<Camp> camps,
        DateOnly? programmeEndsOn,
        IReadOnlySet<string> members,
        IEnumerable<Relationship> relationships,
        Func<string, (bool Exists, double? Confidence)> confidenceOf,
        IReadOnlyCollection<RelationshipType> types,
        double minConfidence)
    {
        ArgumentNullException.ThrowIfNull(camps);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(relationships);
        ArgumentNullException.ThrowIfNull(confidenceOf);
        ArgumentNullException.ThrowIfNull(types);
        var sure = new AsOf(DateOnly.MinValue, minConfidence);
        var dated = camps.Where(c => c.StartsOn is not null && sure.SureEnough(c.Confidence))
            .OrderBy(c => c.StartsOn).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        var ties = relationships
            .Where(r => types.Contains(r.Type) && sure.SureEnough(r.Confidence) && (members.Contains(r.FromKey) || members.Contains(r.ToKey)))
            .Where(r => Exists(r.FromKey) && Exists(r.ToKey))
            .DistinctBy(r => r.Identity)
            .ToList();
        if (dated.Count == 0)
        {
            return new NetworkGrowthReport(members.Count, 0, []);
        }

        var eve = dated[0].StartsOn!.Value.AddDays(-1);
        var baseline = ties.Count(t => t.IsValidOn(eve));
        var total = baseline;
        var periods = new List<GrowthPeriod>(dated.Count);
        for (var i = 0; i < dated.Count; i++)
        {
            var from = dated[i].StartsOn!.Value;
            DateOnly? to = i + 1 < dated.Count ? dated[i + 1].StartsOn!.Value.AddDays(-1) : programmeEndsOn;
            var created = ties.Where(t => t.ValidFrom is { } day && Within(day, from, to)).ToList();
            var ended = ties.Count(t => t.ValidTo is { } day && Within(day, from, to));
            total += created.Count - ended;
            var byType = created.GroupBy(t => t.Type).OrderBy(g => g.Key).Select(g => KeyValuePair.Create(g.Key, g.Count())).ToList();
            periods.Add(new GrowthPeriod(dated[i], from, to, created.Count, ended, total, byType));
        }

        return new NetworkGrowthReport(members.Count, baseline, periods);

        bool Exists(string key)
        {
            var found = confidenceOf(key);
            return found.Exists && sure.SureEnough(found.Confidence);
        }
    }

    // A period whose next camp starts the same day is empty rather than negative.
    private static bool Within(DateOnly day, DateOnly from, DateOnly? to) => day >= from && (to is null || day <= to.Value);
}
