namespace RareGraph.Analysis.Spillover;

/// <summary>
/// What every layer of one propagation needs to know about the query. With a <c>Bound</c>, a node is entered only if
/// the bound says its score can still matter. With <c>LastLayerKinds</c> other than <see cref="EveryNode"/>, the last
/// layer (hop <c>MaxHops</c>) only scores organisations of those kinds (a mask of <c>1 &lt;&lt; kind</c>): nothing
/// propagates from it, so nodes the caller will not list need no score there.
/// </summary>
internal readonly record struct LayerQuery(int Day, SpilloverWeights Weights, int MaxHops, double MinScore, INodeBound? Bound, int LastLayerKinds)
{
    public const int EveryNode = 0;

    /// <summary>False when <paramref name="kind"/> (a <see cref="Projection.GraphProjection.Kinds"/> entry) needs no score at <paramref name="hop"/>.</summary>
    public bool Scores(int hop, byte kind) =>
        hop < MaxHops || LastLayerKinds == EveryNode || (kind != Projection.GraphProjection.NoKind && ((LastLayerKinds >> kind) & 1) != 0);
}
