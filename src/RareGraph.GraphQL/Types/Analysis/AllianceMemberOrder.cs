namespace RareGraph.GraphQL.Types.Analysis;

internal enum AllianceMemberOrder
{
    PageRank,
    Betweenness,
    Degree,
    Key,
}
