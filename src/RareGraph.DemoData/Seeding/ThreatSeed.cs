namespace RareGraph.DemoData.Seeding;

/// <summary>A row of <c>Seed/threats.json</c>, converted from the public event list.</summary>
internal sealed record ThreatSeed
{
    public required string Key { get; init; }

    /// <summary>The row id in the public data (EV01…).</summary>
    public string? SourceId { get; init; }

    public required string Title { get; init; }

    public required string Category { get; init; }

    public required DateOnly OccurredOn { get; init; }

    public required string DatePrecision { get; init; }

    /// <summary>An editorial choice (see docs/demo-data.md), not a fact of the sources.</summary>
    public required string Severity { get; init; }

    /// <summary>RESTRICTIVE or PROTECTIVE (a ruling, directive, resolution or rejection that strengthens civic space).</summary>
    public required string Polarity { get; init; }

    public required string OccurredIn { get; init; }

    public string? Summary { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Organisations the event's own title names as the ones acted against; documented by the event's sources.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>The organisations the event's sources name as its actors (INITIATED_BY).</summary>
    public IReadOnlyList<InitiatorSeed> InitiatedBy { get; init; } = [];

    /// <summary>Why an event has no initiator (a private claimant: the demo data names no individuals).</summary>
    public string? NoInitiator { get; init; }
}
