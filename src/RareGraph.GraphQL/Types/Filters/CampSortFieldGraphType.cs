using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class CampSortFieldGraphType() : SortFieldGraphType(EntityLabel.Camp, "CampSortField");
