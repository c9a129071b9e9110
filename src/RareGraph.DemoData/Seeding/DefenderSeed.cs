namespace RareGraph.DemoData.Seeding;

/// <summary>A fictional defender of <c>Seed/illustrative.json</c>. Every field is invented; no real person is meant.</summary>
internal sealed record DefenderSeed
{
    public required string Key { get; init; }

    public required string Pseudonym { get; init; }

    public string? LegalName { get; init; }

    public string? Contact { get; init; }

    public string? Location { get; init; }

    public string? RiskLevel { get; init; }
}
