namespace RareGraph.DemoData.Seeding;

/// <summary>A row of <c>Seed/jurisdictions.json</c>: a country from the public data, or a supranational body.</summary>
internal sealed record JurisdictionSeed
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required string Code { get; init; }

    public required string Kind { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Where the membership and region facts come from; the model has no field for it, so it stays in the seed.</summary>
    public string? Source { get; init; }
}
