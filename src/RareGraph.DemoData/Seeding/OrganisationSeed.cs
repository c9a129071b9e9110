namespace RareGraph.DemoData.Seeding;

/// <summary>A row of <c>Seed/organisations.json</c>; <see cref="BasedIn"/> becomes a BASED_IN relationship citing <see cref="Source"/>.</summary>
internal sealed record OrganisationSeed
{
    public required string Key { get; init; }

    /// <summary>The row id in the public data (ORG01…), kept so a reviewer can trace the row back.</summary>
    public string? SourceId { get; init; }

    public required string Name { get; init; }

    public required string Kind { get; init; }

    public string? Website { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? BasedIn { get; init; }

    /// <summary>
    /// The jurisdiction a government or parliament is the state organ of: its seat, except for bodies of no single
    /// seat (INT), which govern nothing modelled.
    /// </summary>
    public string? Governs { get; init; }

    public string? Source { get; init; }

    /// <summary>For a state organ added as the documented actor of an event: that event, whose sources name it.</summary>
    public string? DocumentedBy { get; init; }

    /// <summary>When it came into existence, if after the start of the data (an office created by a law).</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>A reviewer's note on a correction or a date; not loaded.</summary>
    public string? Note { get; init; }
}
