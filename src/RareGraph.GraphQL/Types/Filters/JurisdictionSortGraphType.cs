namespace RareGraph.GraphQL.Types.Filters;

internal sealed class JurisdictionSortGraphType() : SortInputGraphType<JurisdictionSortFieldGraphType>("JurisdictionSort");
