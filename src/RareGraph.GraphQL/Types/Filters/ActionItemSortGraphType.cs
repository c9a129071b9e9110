namespace RareGraph.GraphQL.Types.Filters;

internal sealed class ActionItemSortGraphType() : SortInputGraphType<ActionItemSortFieldGraphType>("ActionItemSort");
