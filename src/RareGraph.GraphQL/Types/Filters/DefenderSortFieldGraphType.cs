using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class DefenderSortFieldGraphType() : SortFieldGraphType(EntityLabel.Defender, "DefenderSortField");
