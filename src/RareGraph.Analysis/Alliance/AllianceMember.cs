using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Alliance;

/// <summary>One Organisation or Defender of the alliance graph and its measures.</summary>
/// <param name="Key">The entity's key.</param>
/// <param name="Label">Organisation or Defender.</param>
/// <param name="Degree">How many distinct alliance partners it has at the date.</param>
/// <param name="PageRank">Its PageRank (damping 0.85 by default); the scores of all members sum to 1.</param>
/// <param name="Betweenness">Its betweenness centrality, normalised as networkx's <c>betweenness_centrality(G, normalized=True)</c>.</param>
/// <param name="IsArticulationPoint">Whether removing it splits its connected component: a broker.</param>
/// <param name="ComponentId">The id of its connected component in <see cref="AllianceReport.Components"/>.</param>
/// <param name="CommunityId">The id of its community in <see cref="AllianceReport.Communities"/>.</param>
public sealed record AllianceMember(
    string Key,
    EntityLabel Label,
    int Degree,
    double PageRank,
    double Betweenness,
    bool IsArticulationPoint,
    int ComponentId,
    int CommunityId);
