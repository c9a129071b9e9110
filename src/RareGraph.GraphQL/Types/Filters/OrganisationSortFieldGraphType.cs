using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class OrganisationSortFieldGraphType() : SortFieldGraphType(EntityLabel.Organisation, "OrganisationSortField");
