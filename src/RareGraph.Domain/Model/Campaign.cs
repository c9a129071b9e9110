namespace RareGraph.Domain.Model;

/// <summary>
/// Joint advocacy or lobbying: organisations RUN it, it ADVOCATES_TO governments, parliaments and multilateral bodies,
/// and RESPONDS_TO the events it answers.
/// </summary>
public sealed record Campaign(string Key, string Title) : Entity(Key)
{
    public override EntityLabel Label => EntityLabel.Campaign;

    public override string Name => Title;

    public string? Goal { get; init; }

    public CampaignStatus Status { get; init; } = CampaignStatus.Planned;

    public DateOnly? StartsOn { get; init; }

    public DateOnly? EndsOn { get; init; }

    /// <summary>
    /// Whether the campaign counts as running on <paramref name="date"/>: ACTIVE, and the date within its dates (open
    /// bounds pass). Without a date only the status counts.
    /// </summary>
    public bool IsActiveOn(DateOnly? date) =>
        Status == CampaignStatus.Active
        && (date is not { } day || ((StartsOn is null || StartsOn.Value <= day) && (EndsOn is null || day <= EndsOn.Value)));
}
