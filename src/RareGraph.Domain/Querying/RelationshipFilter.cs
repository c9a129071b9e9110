using RareGraph.Domain.Model;

namespace RareGraph.Domain.Querying;

/// <summary>
/// Conditions on relationships, all of which must hold; a null member sets no condition. Keys and types match exactly;
/// <see cref="SourceContains"/> ignores case (invariant lower case); a relationship without a confidence
/// counts as certain (1), as the spill-over model reads it.
/// </summary>
public sealed record RelationshipFilter
{
    /// <summary>Only these types.</summary>
    public IReadOnlyCollection<RelationshipType>? Types { get; init; }

    /// <summary>Only relationships whose <c>from</c> end is one of these keys.</summary>
    public IReadOnlyCollection<string>? FromKeys { get; init; }

    /// <summary>Only relationships whose <c>to</c> end is one of these keys.</summary>
    public IReadOnlyCollection<string>? ToKeys { get; init; }

    /// <summary>Only relationships with one of these keys at either end.</summary>
    public IReadOnlyCollection<string>? Keys { get; init; }

    /// <summary>Only relationships valid on this date.</summary>
    public DateOnly? At { get; init; }

    /// <summary>Only relationships at least this sure (a missing confidence counts as 1).</summary>
    public double? MinConfidence { get; init; }

    /// <summary>Only relationships whose source is exactly this.</summary>
    public string? SourceEquals { get; init; }

    /// <summary>Only relationships whose source contains this, case ignored.</summary>
    public string? SourceContains { get; init; }

    /// <summary>Whether <paramref name="relationship"/> satisfies every condition: how an in-memory store filters.</summary>
    public bool Matches(Relationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return (Types is null || Types.Contains(relationship.Type))
            && (FromKeys is null || FromKeys.Contains(relationship.FromKey, StringComparer.Ordinal))
            && (ToKeys is null || ToKeys.Contains(relationship.ToKey, StringComparer.Ordinal))
            && (Keys is null || Keys.Contains(relationship.FromKey, StringComparer.Ordinal) || Keys.Contains(relationship.ToKey, StringComparer.Ordinal))
            && (At is null || relationship.IsValidOn(At.Value))
            && (MinConfidence is null || (relationship.Confidence ?? 1.0) >= MinConfidence.Value)
            && (SourceEquals is null || string.Equals(relationship.Source, SourceEquals, StringComparison.Ordinal))
            && (SourceContains is null || (relationship.Source is { } source
                && source.ToLowerInvariant().Contains(SourceContains.ToLowerInvariant(), StringComparison.Ordinal)));
    }
}
