namespace RareGraph.GraphQL.Types.Filters;

internal sealed class ThreatSortGraphType() : SortInputGraphType<ThreatSortFieldGraphType>("ThreatSort");
