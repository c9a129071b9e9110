namespace RareGraph.DemoData.Seeding;

/// <summary>The content of <c>Seed/illustrative.json</c>: what the demo needs but no source supports.</summary>
internal sealed record IllustrativeSeed
{
    public string? Note { get; init; }

    public IReadOnlyList<OrganisationSeed> Organisations { get; init; } = [];

    public IReadOnlyList<DefenderSeed> Defenders { get; init; } = [];

    public IReadOnlyList<RelationshipSeed> Relationships { get; init; } = [];
}
