namespace RareGraph.GraphQL.Types.Filters;

internal sealed class DefenderSortGraphType() : SortInputGraphType<DefenderSortFieldGraphType>("DefenderSort");
