using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.GraphQL.Filtering;

/// <summary>One field of a <c>where</c> input: its public name, input type and what it means for the store.</summary>
internal sealed record FilterField(string Name, Type GraphType, FilterFieldKind Kind, string Description)
{
    /// <summary>The stored field the condition applies to (text, identifier, enum and date kinds).</summary>
    public EntityField Field { get; init; }

    /// <summary>For relationship shortcuts such as <c>basedIn</c>: the relationship that must exist.</summary>
    public RelationshipType RelationshipType { get; init; }

    public RelationshipDirection Direction { get; init; }

    /// <summary>The enum type whose values the stored field holds, for enum conditions.</summary>
    public Type? EnumType { get; init; }

    /// <summary>Restricted defender data: filtering on it is refused to callers who may not read it.</summary>
    public bool Restricted { get; init; }
}
