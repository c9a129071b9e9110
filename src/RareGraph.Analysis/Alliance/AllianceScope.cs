using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Alliance;

/// <summary>
/// Which entities take part in the alliance graph, besides existing on the date: all conditions must hold.
/// <see cref="Connected"/> (the default) keeps only those with at least one alliance relationship, inside the scope,
/// valid on the date — governments and isolated bodies are not "members" merely because they are organisations.
/// </summary>
public sealed record AllianceScope
{
    /// <summary>Entities with at least one alliance relationship: the API's default.</summary>
    public static AllianceScope Connected { get; } = new();

    /// <summary>Every organisation and defender, isolated ones included (the behaviour before scopes existed).</summary>
    public static AllianceScope Everyone { get; } = new() { ConnectedOnly = false };

    /// <summary>Only these keys, or any when null.</summary>
    public IReadOnlySet<string>? Keys { get; init; }

    /// <summary>Only organisations of these kinds (defenders are left out), or any entity when null.</summary>
    public IReadOnlySet<OrganisationKind>? Kinds { get; init; }

    /// <summary>Leave out entities without an alliance relationship to another member.</summary>
    public bool ConnectedOnly { get; init; } = true;
}
