namespace RareGraph.GraphQL.Analysis;

internal sealed record AllianceMemberView(
    string Key,
    int Degree,
    double PageRank,
    double Betweenness,
    bool IsArticulationPoint,
    int ComponentId,
    int CommunityId);
