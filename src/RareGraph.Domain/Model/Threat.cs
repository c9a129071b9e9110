namespace RareGraph.Domain.Model;

/// <summary>
/// A recorded event in civic space: mostly attacks (a law, a raid, a SLAPP, a smear campaign…), but also the rulings,
/// directives and resolutions that protect it (<see cref="Polarity"/>).
/// </summary>
public sealed record Threat(string Key, string Title, ThreatCategory Category, DateOnly OccurredOn) : Entity(Key)
{
    public override EntityLabel Label => EntityLabel.Threat;

    public override string Name => Title;

    public DatePrecision DatePrecision { get; init; } = DatePrecision.Day;

    public Severity Severity { get; init; } = Severity.Medium;

    /// <summary>Restrictive (the default: harms civic space) or protective (strengthens it).</summary>
    public EventPolarity Polarity { get; init; } = EventPolarity.Restrictive;

    public string? Summary { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];
}
