namespace RareGraph.DemoData.Seeding;

/// <summary>An illustrative camp: where and when it was held is invented, and so is who attended in which role.</summary>
internal sealed record CampSeed
{
    public required string Key { get; init; }

    public required string Title { get; init; }

    public string? City { get; init; }

    /// <summary>The jurisdiction it was HELD_IN.</summary>
    public string? HeldIn { get; init; }

    public DateOnly? StartsOn { get; init; }

    public DateOnly? EndsOn { get; init; }

    public string? Topic { get; init; }

    /// <summary>Organisations (or defenders) that PARTICIPATE_IN it as HOST.</summary>
    public IReadOnlyList<string> Hosts { get; init; } = [];

    /// <summary>Defenders or organisations that PARTICIPATE_IN it as TRAINER.</summary>
    public IReadOnlyList<string> Trainers { get; init; } = [];

    /// <summary>Defenders or organisations that PARTICIPATE_IN it as PARTICIPANT.</summary>
    public IReadOnlyList<string> Participants { get; init; } = [];
}
