using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Ids;

/// <summary>Either an entity (label + key) or a relationship identity.</summary>
public readonly record struct ParsedGlobalId(EntityLabel? Label, string? Key, RelationshipKey? Relationship);
