namespace RareGraph.Domain.Model;

/// <summary>
/// A human-rights defender. <see cref="Pseudonym"/> is the only identity shown by default; the restricted fields
/// identify or locate a person at risk and are released only to roles allowed to see them.
/// </summary>
public sealed record Defender(string Key, string Pseudonym) : Entity(Key)
{
    public override EntityLabel Label => EntityLabel.Defender;

    public override string Name => Pseudonym;

    public DefenderRestrictedData Restricted { get; init; } = DefenderRestrictedData.None;
}
