namespace RareGraph.Domain.Querying;

public sealed record AllOfFilter(IReadOnlyList<EntityFilter> Operands) : EntityFilter;
