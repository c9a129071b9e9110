using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class CampaignFilterGraphType() : EntityFilterGraphType(EntityLabel.Campaign, "CampaignFilter");
