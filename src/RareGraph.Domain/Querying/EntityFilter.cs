namespace RareGraph.Domain.Querying;

using RareGraph.Domain.Model;

/// <summary>
/// A filter over entities of one label, as a small tree the stores translate to SQL or Cypher. Values are
/// <see cref="string"/> (enum values as their C# names), <see cref="DateOnly"/>; never user-built query text.
/// </summary>
public abstract record EntityFilter;

public sealed record AllOfFilter(IReadOnlyList<EntityFilter> Operands) : EntityFilter;

public sealed record AnyOfFilter(IReadOnlyList<EntityFilter> Operands) : EntityFilter;

public sealed record NotFilter(EntityFilter Operand) : EntityFilter;

public sealed record FieldFilter(EntityField Field, FilterOperator Operator, IReadOnlyList<object> Values) : EntityFilter;

/// <summary>
/// Keeps entities that have a relationship of <paramref name="Type"/> in <paramref name="Direction"/>, to the entity
/// <paramref name="OtherKey"/> when it is given, to anything otherwise.
/// </summary>
public sealed record HasRelationshipFilter(RelationshipType Type, RelationshipDirection Direction, string? OtherKey) : EntityFilter;
