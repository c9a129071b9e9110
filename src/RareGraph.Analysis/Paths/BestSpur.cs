using System.Runtime.InteropServices;
using RareGraph.Analysis.Budget;
using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Spillover;

namespace RareGraph.Analysis.Paths;

/// <summary>
/// The first path between two nodes in the <see cref="PathRanking.Score"/> order of <see cref="PathOrder"/>, avoiding
/// given nodes and arcs: highest product of step factors, then fewest hops, then key order, within a hop limit.
/// </summary>
/// <remarks>
/// A best-first label-setting search: E. W. Dijkstra's ("A note on two problems in connexion with graphs", 1959) on the
/// negated logarithms of the factors, with the hop count as a resource as in resource-constrained shortest paths
/// (Irnich and Desaulniers, "Shortest path problems with resource constraints", 2005). Labels (node, hops, score) leave
/// a priority queue highest score first; a node keeps one label per hop count, and a label is dropped when the node
/// holds one with fewer hops and a score at least as high (tied within 1e-12 included): whatever it could still reach,
/// the other reaches as well in fewer steps. Every factor is at most 1, so scores never grow along a path and the search
/// ends once the labels left score below the best path found (ties are still searched, for fewer hops and key order).
/// The best walk is a simple path: cutting a cycle out of a walk never lowers its score and always saves steps.
/// </remarks>
internal sealed class BestSpur(GraphProjection graph, ArcFilter filter, BudgetMeter meter) : ISpurSearch
{
    private readonly List<Label> _labels = [];
    private readonly Dictionary<long, int> _labelAt = [];
    private readonly PriorityQueue<int, double> _queue = new();
    private readonly HashSet<int> _blocked = [];
    private readonly PathOrder _order = new(graph, PathRanking.Score);
    private int _stride;

    public FoundPath? Find(int source, int target, ReadOnlySpan<int> blockedNodes, HashSet<int> blockedArcs, int maxLength)
    {
        _labels.Clear();
        _labelAt.Clear();
        _queue.Clear();
        _blocked.Clear();
        foreach (var node in blockedNodes)
        {
            _blocked.Add(node);
        }

        _blocked.UnionWith(filter.ExcludedNodes);
        if (maxLength < 1 || _blocked.Contains(target))
        {
            return null;
        }

        _stride = maxLength + 1;
        Offer(new Label(source, 0, 1.0, -1, -1));
        var best = -1;
        while (_queue.TryDequeue(out var index, out _))
        {
            var label = _labels[index];
            if (_labelAt[Key(label.Node, label.Hops)] != index)
            {
                continue;
            }

            if (best >= 0 && label.Score < _labels[best].Score && !ScoreTies.AreTied(label.Score, _labels[best].Score))
            {
                break;
            }

            if (label.Node == target)
            {
                best = best < 0 || Precedes(index, best) ? index : best;
                continue;
            }

            if (label.Hops == maxLength || IsDominated(label))
            {
                continue;
            }

            var end = graph.ArcOffsets[label.Node + 1];
            meter.Charge(end - graph.ArcOffsets[label.Node]);
            for (var a = graph.ArcOffsets[label.Node]; a < end; a++)
            {
                var arc = graph.Arcs[a];
                var next = graph.ArcTarget(arc);
                if (next == source || _blocked.Contains(next) || blockedArcs.Contains(arc) || !filter.Allows(arc))
                {
                    continue;
                }

                Offer(new Label(next, label.Hops + 1, label.Score * filter.Factor(arc), index, arc));
            }
        }

        return best < 0 ? null : Build(best);
    }

    /// <summary>Keeps <paramref name="candidate"/> when it beats the node's label at its hop count and is not dominated.</summary>
    private void Offer(Label candidate)
    {
        var key = Key(candidate.Node, candidate.Hops);
        if (_labelAt.TryGetValue(key, out var incumbent))
        {
            var held = _labels[incumbent];
            var wins = ScoreTies.IsBetter(candidate.Score, held.Score)
                || (ScoreTies.AreTied(candidate.Score, held.Score) && _order.CompareKeys(Build(candidate), Build(incumbent)) < 0);
            if (!wins)
            {
                return;
            }
        }

        if (IsDominated(candidate))
        {
            return;
        }

        _labels.Add(candidate);
        var index = _labels.Count - 1;
        _labelAt[key] = index;
        _queue.Enqueue(index, -candidate.Score);
    }

    /// <summary>True when the node holds a label with fewer hops whose score is at least as high, or tied.</summary>
    private bool IsDominated(Label label)
    {
        for (var hops = 0; hops < label.Hops; hops++)
        {
            if (_labelAt.TryGetValue(Key(label.Node, hops), out var other)
                && (_labels[other].Score >= label.Score || ScoreTies.AreTied(_labels[other].Score, label.Score)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Among two labels at the target: higher score, then fewer hops, then key order.</summary>
    private bool Precedes(int x, int y) => _order.Compare(Build(x), Build(y)) < 0;

    private FoundPath Build(int index) => Build(_labels[index]);

    private FoundPath Build(Label last)
    {
        var nodes = new int[last.Hops + 1];
        var arcs = new int[last.Hops];
        var label = last;
        for (var i = last.Hops; i >= 0; i--)
        {
            nodes[i] = label.Node;
            if (i > 0)
            {
                arcs[i - 1] = label.Arc;
                label = _labels[label.Parent];
            }
        }

        return new FoundPath(nodes, arcs, last.Score);
    }

    private long Key(int node, int hops) => ((long)node * _stride) + hops;

    /// <summary>A walk from the spur node reaching <c>Node</c> in <c>Hops</c> steps with <c>Score</c>, by <c>Arc</c> from label <c>Parent</c>.</summary>
    [StructLayout(LayoutKind.Auto)]
    private readonly record struct Label(int Node, int Hops, double Score, int Parent, int Arc);
}
