namespace RareGraph.Domain.Model;

/// <summary>A recorded attack on civic space: a law, a raid, a SLAPP, a smear campaign…</summary>
public sealed record Threat(string Key, string Title, ThreatCategory Category, DateOnly OccurredOn) : Entity(Key)
{
    public override EntityLabel Label => EntityLabel.Threat;

    public override string Name => Title;

    public DatePrecision DatePrecision { get; init; } = DatePrecision.Day;

    public Severity Severity { get; init; } = Severity.Medium;

    public string? Summary { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];
}
