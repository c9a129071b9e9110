namespace RareGraph.Domain.Writing;

using RareGraph.Domain.Model;

/// <summary>
/// What one mutation asks for, with the input path of every item so a broken rule can name the offending field.
/// Built by the API layer, validated and diffed by <see cref="GraphWriter"/>.
/// </summary>
public sealed class WriteRequest(string operation)
{
    /// <summary>The public name of the mutation (<c>upsertOrganisation</c>, <c>importGraph</c>…), for change events and audit.</summary>
    public string Operation { get; } = operation;

    public List<Located<Entity>> Entities { get; } = [];

    public List<Located<Relationship>> Relationships { get; } = [];

    public List<Located<RelationshipKey>> Unrelations { get; } = [];

    public List<Located<string>> Deletions { get; } = [];

    /// <summary>
    /// After the write, the entity's outgoing relationships of these types are exactly those in <see cref="Relationships"/>:
    /// an organisation has one base, a threat exactly the targets it was last recorded with.
    /// </summary>
    public List<ExclusiveOutgoing> ExclusiveOutgoing { get; } = [];
}

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

public sealed record ExclusiveOutgoing(string EntityKey, IReadOnlySet<RelationshipType> Types);
