namespace RareGraph.Analysis.Spillover;

/// <summary>Which way propagation layers run; only tests and benchmarks force one, to check both give the same answer.</summary>
internal enum LayerDirection
{
    /// <summary>Each layer picks the cheaper way from the size of the nodes that improved.</summary>
    Auto,
    Scatter,
    Gather,
}
