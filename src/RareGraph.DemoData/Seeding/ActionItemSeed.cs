namespace RareGraph.DemoData.Seeding;

/// <summary>An illustrative item of the joint strategic action plan.</summary>
internal sealed record ActionItemSeed
{
    public required string Key { get; init; }

    public required string Title { get; init; }

    /// <summary>The campaign or camp it is PART_OF.</summary>
    public required string PartOf { get; init; }

    /// <summary>Organisations that OWN it.</summary>
    public IReadOnlyList<string> Owners { get; init; } = [];

    public DateOnly? DueOn { get; init; }

    public required string Status { get; init; }
}
