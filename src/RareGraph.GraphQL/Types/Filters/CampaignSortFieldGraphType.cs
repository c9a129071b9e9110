using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class CampaignSortFieldGraphType() : SortFieldGraphType(EntityLabel.Campaign, "CampaignSortField");
