namespace RareGraph.DemoData.Seeding;

/// <summary>An illustrative relationship of <c>Seed/illustrative.json</c>: invented for the demo, supported by no source.</summary>
internal sealed record RelationshipSeed
{
    public required string From { get; init; }

    public required string Type { get; init; }

    public required string To { get; init; }

    public double? Strength { get; init; }

    public double? Confidence { get; init; }

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    /// <summary>Why the demo wants this link, when that is not obvious; appended to the illustrative source marker.</summary>
    public string? Why { get; init; }
}
