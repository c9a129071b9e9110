using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class ThreatSortFieldGraphType() : SortFieldGraphType(EntityLabel.Threat, "ThreatSortField");
