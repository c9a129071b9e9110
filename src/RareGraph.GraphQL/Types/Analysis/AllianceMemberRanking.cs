using RareGraph.GraphQL.Analysis;

namespace RareGraph.GraphQL.Types.Analysis;

internal static class AllianceMemberRanking
{
    public static List<AllianceMemberView> Rank(IEnumerable<AllianceMemberView> members, AllianceMemberOrder order)
    {
        var byKey = members.OrderBy(m => m.Key, StringComparer.Ordinal);
        return order switch
        {
            AllianceMemberOrder.PageRank => [.. members.OrderByDescending(m => m.PageRank).ThenBy(m => m.Key, StringComparer.Ordinal)],
            AllianceMemberOrder.Betweenness => [.. members.OrderByDescending(m => m.Betweenness).ThenBy(m => m.Key, StringComparer.Ordinal)],
            AllianceMemberOrder.Degree => [.. members.OrderByDescending(m => m.Degree).ThenBy(m => m.Key, StringComparer.Ordinal)],
            _ => [.. byKey],
        };
    }
}
