namespace RareGraph.Domain.Writing;

/// <summary>
/// A request item and where it sits in the request (for example <c>input.relationships.3</c>). A relationship written
/// through a shorthand input (<c>basedInKey</c>, <c>targetKeys.2</c>) sets <paramref name="IsShorthand"/>: the input
/// names its far end, so errors about that end point at the input itself rather than at a <c>toKey</c> inside it.
/// </summary>
public readonly record struct Located<T>(T Value, string Field, bool IsShorthand = false)
{
    public string FromField => IsShorthand ? Field : Validation.EntityRules.Join(Field, "fromKey");

    public string ToField => IsShorthand ? Field : Validation.EntityRules.Join(Field, "toKey");
}
