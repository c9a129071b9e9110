namespace RareGraph.GraphQL.Analysis;

/// <summary>One body an event affects, as <c>coverage</c> shows it: its impact entry and the campaigns advocating to it.</summary>
internal sealed record CoverageView(
    AffectedView Body,
    IReadOnlyList<string> CampaignKeys,
    IReadOnlyList<string> RespondingCampaignKeys,
    DateOnly At)
{
    public bool Uncovered => CampaignKeys.Count == 0;
}
