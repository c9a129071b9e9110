using QuikGraph;

namespace RareGraph.Benchmarks.Baselines;

/// <summary>
/// The same hop-bounded maximum-product rounds as <see cref="ReferenceImpact"/>, over QuikGraph's
/// <see cref="AdjacencyGraph{TVertex, TEdge}"/> with tagged edges — what the engine would be if it stood on a general
/// graph library. QuikGraph ships no hop-bounded search (its shortest-path algorithms are unbounded), so the rounds are
/// written on its adjacency API: <c>OutEdges</c> enumeration and per-edge tags.
/// </summary>
internal sealed class QuikGraphImpact
{
    private readonly AdjacencyGraph<int, TaggedEdge<int, ArcTag>> _graph = new(allowParallelEdges: true);

    public QuikGraphImpact(FlowArcs arcs)
    {
        for (var node = 0; node < arcs.NodeCount; node++)
        {
            _graph.AddVertex(node);
        }

        for (var node = 0; node < arcs.NodeCount; node++)
        {
            for (var e = arcs.Offsets[node]; e < arcs.Offsets[node + 1]; e++)
            {
                _graph.AddEdge(new TaggedEdge<int, ArcTag>(node, arcs.Targets[e], new ArcTag(arcs.Factors[e], arcs.ValidFrom[e], arcs.ValidTo[e])));
            }
        }
    }

    public ImpactAnswer Run(ImpactQuery query)
    {
        var at = query.At.DayNumber;
        var best = new Dictionary<int, double>();
        var frontier = new Dictionary<int, double>();
        foreach (var seed in query.Seeds)
        {
            best[seed] = 1.0;
            frontier[seed] = 1.0;
        }

        var scanned = 0L;
        for (var hop = 1; hop <= query.MaxHops && frontier.Count > 0; hop++)
        {
            var next = new Dictionary<int, double>();
            foreach (var (node, score) in frontier)
            {
                foreach (var edge in _graph.OutEdges(node))
                {
                    scanned++;
                    var tag = edge.Tag;
                    if (tag.ValidFrom > at || tag.ValidTo < at)
                    {
                        continue;
                    }

                    var candidate = score * tag.Factor;
                    if (candidate < query.MinScore || (best.TryGetValue(edge.Target, out var known) && candidate <= known))
                    {
                        continue;
                    }

                    best[edge.Target] = candidate;
                    next[edge.Target] = candidate;
                }
            }

            frontier = next;
        }

        return new ImpactAnswer(best, scanned);
    }
}
