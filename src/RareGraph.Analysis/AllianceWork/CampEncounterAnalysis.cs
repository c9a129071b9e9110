using RareGraph.Domain.Model;

namespace RareGraph.Analysis.AllianceWork;

/// <summary>Who met whom: the defenders and organisations someone took part in camps with.</summary>
public static class CampEncounterAnalysis
{
    /// <summary>
    /// The others who took part (PARTICIPATES_IN, any role) in the camps <paramref name="subjectKey"/> took part in, by
    /// the number of shared camps (most first), then key.
    /// </summary>
    /// <param name="subjectKey">The defender or organisation asked about.</param>
    /// <param name="participations">PARTICIPATES_IN relationships: the subject's own and those into its camps (others are ignored).</param>
    /// <param name="entities">The camps and participants those relationships name, by key.</param>
    /// <param name="asOf">
    /// Only camps that had begun by the date (undated camps count), attendances and participants that had begun by
    /// then, nothing less sure than the minimum confidence.
    /// </param>
    public static IReadOnlyList<CampEncounter> Find(
        string subjectKey,
        IEnumerable<Relationship> participations,
        IReadOnlyDictionary<string, Entity> entities,
        AsOf asOf)
    {
        ArgumentNullException.ThrowIfNull(participations);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(asOf);
        var attended = participations
            .Where(r => r.Type == RelationshipType.ParticipatesIn && asOf.HadBegun(r) && asOf.HadBegun(Lookup(entities, r.FromKey)))
            .Where(r => Lookup(entities, r.ToKey) is Camp camp && asOf.HadBegun(camp) && (camp.StartsOn is null || camp.StartsOn.Value <= asOf.At))
            .ToList();
        var subjectCamps = attended.Where(r => string.Equals(r.FromKey, subjectKey, StringComparison.Ordinal))
            .Select(r => r.ToKey).ToHashSet(StringComparer.Ordinal);
        return attended
            .Where(r => subjectCamps.Contains(r.ToKey) && !string.Equals(r.FromKey, subjectKey, StringComparison.Ordinal))
            .GroupBy(r => r.FromKey, StringComparer.Ordinal)
            .Select(g => new CampEncounter(
                g.Key,
                [.. g.Select(r => (Camp)entities[r.ToKey]).DistinctBy(c => c.Key, StringComparer.Ordinal)
                    .OrderBy(c => c.StartsOn ?? DateOnly.MaxValue).ThenBy(c => c.Key, StringComparer.Ordinal)]))
            .OrderByDescending(e => e.Camps.Count)
            .ThenBy(e => e.ParticipantKey, StringComparer.Ordinal)
            .ToList();
    }

    private static Entity? Lookup(IReadOnlyDictionary<string, Entity> entities, string key) =>
        entities.TryGetValue(key, out var entity) ? entity : null;
}
