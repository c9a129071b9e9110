namespace RareGraph.DemoData.Seeding;

/// <summary>
/// The programme of <c>Seed/programme.json</c>. Its existence and organisers rest on <see cref="Source"/>; who took part
/// in it (fictional defenders) is illustrative.
/// </summary>
internal sealed record ProgrammeSeed
{
    public required string Key { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    public required string Source { get; init; }

    public DateOnly? StartsOn { get; init; }

    public DateOnly? EndsOn { get; init; }

    /// <summary>The organisations that ORGANISE it, as the source names them.</summary>
    public IReadOnlyList<string> Organisers { get; init; } = [];

    /// <summary>Defenders who PARTICIPATE_IN it (illustrative).</summary>
    public IReadOnlyList<string> Participants { get; init; } = [];
}
