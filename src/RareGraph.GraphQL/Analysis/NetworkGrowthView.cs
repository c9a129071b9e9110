using RareGraph.Analysis.AllianceWork;
using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Analysis;

/// <summary>A programme's network growth as the API shows it: the report, the types counted and each camp's attendance count.</summary>
internal sealed record NetworkGrowthView(
    string ProgrammeKey,
    NetworkGrowthReport Report,
    IReadOnlyList<RelationshipType> Types,
    IReadOnlyDictionary<string, int> ParticipantCounts)
{
    public IReadOnlyList<GrowthPeriodView> Periods =>
        [.. Report.Periods.Select(p => new GrowthPeriodView(p, ParticipantCounts.GetValueOrDefault(p.Camp.Key)))];
}
