namespace RareGraph.Analysis.Spillover;

/// <summary>
/// What every layer of one propagation needs to know about the query. With a <c>Bound</c>, a node is entered only if
/// the bound says its score can still matter.
/// </summary>
internal readonly record struct LayerQuery(int Day, SpilloverWeights Weights, double MinScore, INodeBound? Bound);
