namespace RareGraph.Analysis.Alliance;

/// <summary>Tuning and limits of <see cref="AllianceAnalysis"/>. The defaults are the documented behaviour of the API.</summary>
public sealed record AllianceOptions
{
    public static AllianceOptions Default { get; } = new();

    /// <summary>PageRank's damping factor (the probability of following an edge rather than teleporting).</summary>
    public double Damping { get; init; } = 0.85;

    /// <summary>
    /// PageRank stops when the L1 change between two iterates falls below <c>NodeCount * PageRankTolerance</c>
    /// (networkx's rule). Our default is tighter than networkx's 1e-6 so that published values are exact to 1e-9.
    /// </summary>
    public double PageRankTolerance { get; init; } = 1e-10;

    public int PageRankMaxIterations { get; init; } = 1000;

    /// <summary>Seeds the node order of Louvain's local moving phase; the same seed always gives the same communities.</summary>
    public ulong CommunitySeed { get; init; } = 20080401;

    /// <summary>
    /// The most elementary steps (edge visits) one computation may take before it ends with LIMIT_EXCEEDED. Brandes'
    /// betweenness needs about <c>n * (n + m)</c>, so this is what bounds the largest graph the API will analyse.
    /// </summary>
    public long MaxWork { get; init; } = 2_000_000_000;

    /// <summary>Wall-clock budget of one computation; exceeding it ends with LIMIT_EXCEEDED. Null means none.</summary>
    public TimeSpan? MaxDuration { get; init; } = TimeSpan.FromSeconds(30);
}
