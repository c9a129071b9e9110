using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Spillover;

namespace RareGraph.Analysis.Paths;

/// <summary>
/// The order of returned paths. By <see cref="PathRanking.Hops"/>: fewer hops first, then higher score (scores within a
/// relative 1e-12 are tied). By <see cref="PathRanking.Score"/>: higher score first, then fewer hops. Then, either way,
/// the node-key sequence compared key by key (ordinal); then the relationship-type sequence and the walking directions
/// (stored direction first), which separate paths that differ only by a parallel relationship.
/// </summary>
internal sealed class PathOrder(GraphProjection graph, PathRanking ranking = PathRanking.Hops) : IComparer<FoundPath>
{
    public int Compare(FoundPath? x, FoundPath? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var byHops = x.Hops.CompareTo(y.Hops);
        var byScore = ScoreTies.AreTied(x.Score, y.Score) ? 0 : y.Score.CompareTo(x.Score);
        var (first, second) = ranking == PathRanking.Hops ? (byHops, byScore) : (byScore, byHops);
        if (first != 0)
        {
            return first;
        }

        return second != 0 ? second : CompareKeys(x, y);
    }

    /// <summary>The key-order part alone, for paths of equal hops and tied scores.</summary>
    public int CompareKeys(FoundPath x, FoundPath y)
    {
        for (var i = 0; i < x.Nodes.Length; i++)
        {
            var byKey = string.CompareOrdinal(graph.Keys[x.Nodes[i]], graph.Keys[y.Nodes[i]]);
            if (byKey != 0)
            {
                return byKey;
            }
        }

        for (var i = 0; i < x.Arcs.Length; i++)
        {
            var byType = graph.EdgeTypes[x.Arcs[i] >> 1].CompareTo(graph.EdgeTypes[y.Arcs[i] >> 1]);
            if (byType != 0)
            {
                return byType;
            }

            var byDirection = (x.Arcs[i] & 1).CompareTo(y.Arcs[i] & 1);
            if (byDirection != 0)
            {
                return byDirection;
            }
        }

        return 0;
    }
}
