namespace RareGraph.Domain.Model;

/// <summary>A node of the graph. <see cref="Key"/> is chosen by the client, unique across the whole graph and stable forever.</summary>
/// <remarks>
/// Every label carries the provenance of the fact that the entity exists and is described as recorded
/// (<see cref="Source"/>, <see cref="Confidence"/>), and the period in which it existed (<see cref="ValidFrom"/>,
/// <see cref="ValidTo"/>): an office created in 2023 does not exist for an answer as of 2020.
/// </remarks>
public abstract record Entity(string Key)
{
    public abstract EntityLabel Label { get; }

    /// <summary>What a person sees as the entity's name; for a defender this is always the pseudonym.</summary>
    public abstract string Name { get; }

    /// <summary>Where the fact that the entity exists comes from (a URL or a citation); <c>illustrative</c> for invented demo data.</summary>
    public string? Source { get; init; }

    /// <summary>How sure the source is, 0..1; null counts as 1 (a documented fact).</summary>
    public double? Confidence { get; init; }

    /// <summary>Inclusive; null means it existed since always (as far as the graph is concerned).</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>Inclusive; null means it still exists.</summary>
    public DateOnly? ValidTo { get; init; }

    /// <summary>Whether the entity existed on <paramref name="date"/>.</summary>
    public bool IsValidOn(DateOnly date) =>
        (ValidFrom is null || ValidFrom.Value <= date) && (ValidTo is null || date <= ValidTo.Value);
}
