namespace RareGraph.DemoData.Seeding;

/// <summary>A row of <c>Seed/lineage.json</c>: a documented link stored from the later threat to the earlier one.</summary>
internal sealed record LineageSeed
{
    public required string Later { get; init; }

    public required string Type { get; init; }

    public required string Earlier { get; init; }

    public required double Confidence { get; init; }

    public required string Source { get; init; }

    /// <summary>What the finding rests on and who made it; kept with the source because the model has no note field.</summary>
    public required string Evidence { get; init; }
}
