namespace RareGraph.Domain.Querying;

public sealed record NotFilter(EntityFilter Operand) : EntityFilter;
