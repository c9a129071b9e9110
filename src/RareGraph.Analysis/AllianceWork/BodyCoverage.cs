using RareGraph.Analysis.Spillover;

namespace RareGraph.Analysis.AllianceWork;

/// <summary>
/// A government, parliament or multilateral body an event affects, with the active campaigns already advocating to it
/// (key order) and those of them that respond to that very event.
/// </summary>
public sealed record BodyCoverage(AffectedOrganisation Body, IReadOnlyList<string> CampaignKeys, IReadOnlyList<string> RespondingCampaignKeys)
{
    /// <summary>No active campaign advocates to the body: where the alliance might lobby next.</summary>
    public bool Uncovered => CampaignKeys.Count == 0;
}
