namespace RareGraph.GraphQL.Types.Filters;

internal sealed class CampaignSortGraphType() : SortInputGraphType<CampaignSortFieldGraphType>("CampaignSort");
