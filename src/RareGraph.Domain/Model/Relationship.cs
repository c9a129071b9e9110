namespace RareGraph.Domain.Model;

/// <summary>
/// A directed, typed edge. At most one relationship of a type joins two keys in one direction, so
/// (<see cref="FromKey"/>, <see cref="Type"/>, <see cref="ToKey"/>) is its identity and a write is an upsert of it.
/// </summary>
public sealed record Relationship(string FromKey, RelationshipType Type, string ToKey)
{
    public const double DefaultStrength = 1.0;

    public double Strength { get; init; } = DefaultStrength;

    /// <summary>Inclusive; null means valid since always.</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>Inclusive; null means still valid.</summary>
    public DateOnly? ValidTo { get; init; }

    public string? Source { get; init; }

    public double? Confidence { get; init; }

    /// <summary>PARTICIPATES_IN only: what the defender or organisation did there; null for every other type.</summary>
    public ParticipationRole? Role { get; init; }

    public RelationshipKey Identity => new(FromKey, Type, ToKey);

    /// <summary>Whether the relationship takes part in the graph as it stood on <paramref name="date"/>.</summary>
    public bool IsValidOn(DateOnly date) =>
        (ValidFrom is null || ValidFrom.Value <= date) && (ValidTo is null || date <= ValidTo.Value);
}
