namespace RareGraph.Domain.Querying;

public sealed record FieldFilter(EntityField Field, FilterOperator Operator, IReadOnlyList<object> Values) : EntityFilter;
