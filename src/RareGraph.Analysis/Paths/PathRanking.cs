namespace RareGraph.Analysis.Paths;

/// <summary>Which paths a path query returns first.</summary>
public enum PathRanking
{
    /// <summary>The strongest spill-over first (a 4-step path of 0.41 before a 3-step path of 0.22); then fewer steps.</summary>
    Score,

    /// <summary>The fewest steps first; then the stronger spill-over.</summary>
    Hops,
}
