namespace RareGraph.Domain.Model;

/// <summary>An alliance's programme (RARE, for example): its organisers ORGANISE it, its camps are PART_OF it.</summary>
public sealed record Programme(string Key, string Title) : Entity(Key)
{
    public override EntityLabel Label => EntityLabel.Programme;

    public override string Name => Title;

    /// <summary>First day of the programme's period, if known.</summary>
    public DateOnly? StartsOn { get; init; }

    /// <summary>Last day of the programme's period, if known.</summary>
    public DateOnly? EndsOn { get; init; }

    public string? Summary { get; init; }
}
