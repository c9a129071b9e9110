using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class JurisdictionSortFieldGraphType() : SortFieldGraphType(EntityLabel.Jurisdiction, "JurisdictionSortField");
