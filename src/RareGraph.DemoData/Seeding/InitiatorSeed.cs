namespace RareGraph.DemoData.Seeding;

/// <summary>An actor of an event, as its sources name it; a confidence below 1 when they only point to it.</summary>
internal sealed record InitiatorSeed
{
    public required string Key { get; init; }

    public double? Confidence { get; init; }

    /// <summary>What the sources say, when they do not establish the actor outright; appended to the source.</summary>
    public string? Why { get; init; }
}
