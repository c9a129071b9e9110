using RareGraph.Domain.Model;

namespace RareGraph.Domain.Querying;

/// <summary>
/// Keeps entities that have a relationship of <paramref name="Type"/> in <paramref name="Direction"/>, to the entity
/// <paramref name="OtherKey"/> when it is given, to anything otherwise.
/// </summary>
public sealed record HasRelationshipFilter(RelationshipType Type, RelationshipDirection Direction, string? OtherKey) : EntityFilter;
