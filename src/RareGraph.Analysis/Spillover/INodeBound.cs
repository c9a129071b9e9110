namespace RareGraph.Analysis.Spillover;

/// <summary>An upper bound on what a node can still pass on to a node of interest, used to cut a propagation short.</summary>
internal interface INodeBound
{
    /// <summary>False only when <paramref name="score"/> arriving at <paramref name="node"/> cannot reach minScore at the node of interest.</summary>
    bool CanStillReach(int node, double score);
}
