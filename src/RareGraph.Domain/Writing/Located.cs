namespace RareGraph.Domain.Writing;

/// <summary>
/// A request item and where it sits in the request (for example <c>input.relationships.3</c>). A relationship written
/// through a shorthand input (<c>basedInKey</c>, <c>targetKeys.2</c>) sets <paramref name="IsShorthand"/>: the input
/// names its far end, so errors about that end point at the input itself rather than at a <c>toKey</c> inside it.
/// </summary>
public readonly record struct Located<T>(T Value, string Field, bool IsShorthand = false)
{
    /// <summary>
    /// How the item applies to the stored value of the same identity, when there is one: an upsert leaves the fields
    /// its input left out as they are stored (an explicit <c>null</c> clears them). Null: <see cref="Value"/> replaces
    /// the stored value whole (the demo data, tests). <see cref="Value"/> is what is written when nothing is stored.
    /// </summary>
    public Func<T, T>? OntoStored { get; init; }

    public string FromField => IsShorthand ? Field : Validation.EntityRules.Join(Field, "fromKey");

    public string ToField => IsShorthand ? Field : Validation.EntityRules.Join(Field, "toKey");
}
