namespace RareGraph.GraphQL.Types.Filters;

internal sealed class OrganisationSortGraphType() : SortInputGraphType<OrganisationSortFieldGraphType>("OrganisationSort");
