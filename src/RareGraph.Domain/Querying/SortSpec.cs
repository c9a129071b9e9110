namespace RareGraph.Domain.Querying;

public sealed record SortSpec(EntityField Field, bool Descending = false);
