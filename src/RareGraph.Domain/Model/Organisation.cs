namespace RareGraph.Domain.Model;

public sealed record Organisation(string Key, string DisplayName, OrganisationKind Kind) : Entity(Key)
{
    public override EntityLabel Label => EntityLabel.Organisation;

    public override string Name => DisplayName;

    public string? Website { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];
}
