using GraphQL.Types;
using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Enums;

internal sealed class CampaignStatusGraphType : EnumerationGraphType<CampaignStatus>
{
}
