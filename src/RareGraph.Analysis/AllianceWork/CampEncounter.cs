using RareGraph.Domain.Model;

namespace RareGraph.Analysis.AllianceWork;

/// <summary>Someone met at camps: the camps shared with them, by start date (undated last), then key.</summary>
public sealed record CampEncounter(string ParticipantKey, IReadOnlyList<Camp> Camps)
{
    public DateOnly? FirstMetOn => Camps.Where(c => c.StartsOn is not null).Select(c => c.StartsOn).Min();

    public DateOnly? LastMetOn => Camps.Where(c => c.StartsOn is not null).Select(c => c.StartsOn).Max();
}
