namespace RareGraph.DemoData.Seeding;

/// <summary>An illustrative joint campaign: who runs it, whom it advocates to and which events it answers are invented.</summary>
internal sealed record CampaignSeed
{
    public required string Key { get; init; }

    public required string Title { get; init; }

    public string? Goal { get; init; }

    public required string Status { get; init; }

    public DateOnly? StartsOn { get; init; }

    public DateOnly? EndsOn { get; init; }

    /// <summary>Organisations that RUN it.</summary>
    public IReadOnlyList<string> RunBy { get; init; } = [];

    /// <summary>Governments, parliaments and multilateral bodies it ADVOCATES_TO.</summary>
    public IReadOnlyList<string> AdvocatesTo { get; init; } = [];

    /// <summary>Recorded events it RESPONDS_TO.</summary>
    public IReadOnlyList<string> RespondsTo { get; init; } = [];
}
