using RareGraph.Analysis.Projection;

namespace RareGraph.Analysis.Spillover;

/// <summary>
/// How an event names the arc it was reached by: a scatter stores the arc itself (<c>edge &lt;&lt; 1 | reversed</c>,
/// never negative); a gather stores its <see cref="InflowIndex"/> entry, encoded below −1 (−1 is a seed's "no arc"),
/// and the arc is looked up only when a path is actually built.
/// </summary>
internal static class EventArcs
{
    public const int None = -1;

    public static int Gathered(int entry) => -2 - entry;

    /// <summary>The arc that reached <paramref name="node"/> in an event whose stored arc is <paramref name="stored"/>.</summary>
    public static int Resolve(GraphProjection graph, int node, int stored) =>
        stored >= 0 ? stored : graph.InflowIndex!.ArcOf(graph, node, -2 - stored);
}
