namespace RareGraph.Domain.Querying;

public sealed record AnyOfFilter(IReadOnlyList<EntityFilter> Operands) : EntityFilter;
