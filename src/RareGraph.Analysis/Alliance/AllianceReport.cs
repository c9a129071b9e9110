namespace RareGraph.Analysis.Alliance;

/// <summary>The alliance analytics of the graph as it stood on <see cref="At"/>.</summary>
/// <param name="At">The date the relationships were valid on.</param>
/// <param name="Members">Every Organisation and Defender, in ordinal key order.</param>
/// <param name="Components">The connected components, largest first.</param>
/// <param name="Communities">The Louvain communities, largest first.</param>
/// <param name="Modularity">The modularity of <see cref="Communities"/> on the alliance graph (0 when it has no edges).</param>
public sealed record AllianceReport(
    DateOnly At,
    IReadOnlyList<AllianceMember> Members,
    IReadOnlyList<AllianceGroup> Components,
    IReadOnlyList<AllianceGroup> Communities,
    double Modularity)
{
    /// <summary>Undirected alliance edges, each pair counted once.</summary>
    public int EdgeCount { get; init; }

    /// <summary>How many power iterations PageRank took to converge.</summary>
    public int PageRankIterations { get; init; }
}
