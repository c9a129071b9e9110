namespace RareGraph.Domain.Model;

/// <summary>
/// A camp of a programme: defenders meet, train and plan there. Where it was is HELD_IN a jurisdiction; who attended is
/// PARTICIPATES_IN, which only editors may read.
/// </summary>
public sealed record Camp(string Key, string Title) : Entity(Key)
{
    public override EntityLabel Label => EntityLabel.Camp;

    public override string Name => Title;

    /// <summary>The city, as the alliance names it; null when it is not to be recorded.</summary>
    public string? City { get; init; }

    public DateOnly? StartsOn { get; init; }

    public DateOnly? EndsOn { get; init; }

    public string? Topic { get; init; }
}
