namespace RareGraph.Domain.Model;

public sealed record Jurisdiction(string Key, string DisplayName, string Code, JurisdictionKind Kind) : Entity(Key)
{
    public override EntityLabel Label => EntityLabel.Jurisdiction;

    public override string Name => DisplayName;

    public IReadOnlyList<string> Tags { get; init; } = [];
}
