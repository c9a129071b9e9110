namespace RareGraph.GraphQL.Types.Filters;

internal sealed class CampSortGraphType() : SortInputGraphType<CampSortFieldGraphType>("CampSort");
