using RareGraph.Analysis.Budget;
using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Spillover;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Exposure;

/// <summary>
/// From an organisation backwards against the flow: the best product any node could pass on to it in at most maxHops
/// steps, ignoring validity dates. Ignoring dates only adds relationships, so these are upper bounds of what any threat,
/// at any date, can deliver through each node: a sound filter for which threats are worth computing.
/// </summary>
internal sealed class ReverseReach : INodeBound
{
    private const byte ThreatLabel = (byte)EntityLabel.Threat;

    [ThreadStatic]
    private static ReverseReach? t_cached;

    private readonly double[] _best;
    private readonly int[] _stamps;
    private readonly int[] _queuedAt;
    private int _stamp;
    private double _threshold;
    private int[] _reached = new int[64];
    private int[] _frontier = new int[64];
    private double[] _frontierScores = new double[64];

    private ReverseReach(int nodeCount)
    {
        _best = new double[nodeCount];
        _stamps = new int[nodeCount];
        _queuedAt = new int[nodeCount];
    }

    public int ReachedCount { get; private set; }

    public ReadOnlySpan<int> Reached => _reached.AsSpan(0, ReachedCount);

    public static ReverseReach Rent(int nodeCount)
    {
        var reach = t_cached;
        if (reach is null || reach._best.Length < nodeCount)
        {
            reach = new ReverseReach(Math.Max(nodeCount, 16));
            t_cached = reach;
        }

        return reach;
    }

    /// <summary>Fills <see cref="Reached"/> with every node whose bound is at least <paramref name="threshold"/>.</summary>
    public void Run(GraphProjection graph, int organisation, int maxHops, double threshold, BudgetMeter meter)
    {
        _stamp++;
        _threshold = threshold;
        ReachedCount = 0;
        var weights = SpilloverWeights.Defaults;
        Mark(organisation, 1.0);
        var frontierCount = 0;
        Push(ref frontierCount, organisation, 0);
        var layerStart = 0;
        for (var hop = 1; hop <= maxHops && frontierCount > layerStart; hop++)
        {
            var layerEnd = frontierCount;
            for (var f = layerStart; f < layerEnd; f++)
            {
                // The scores the previous layer ended with; this layer's own improvements must not feed it.
                _frontierScores[f] = _best[_frontier[f]];
            }

            for (var f = layerStart; f < layerEnd; f++)
            {
                var node = _frontier[f];
                var score = _frontierScores[f];
                var end = graph.ArcOffsets[node + 1];
                meter.Charge(end - graph.ArcOffsets[node]);
                for (var a = graph.ArcOffsets[node]; a < end; a++)
                {
                    var arc = graph.Arcs[a];
                    var edge = arc >> 1;
                    var type = graph.EdgeTypes[edge];
                    // Spill-over would come from the neighbour along the same relationship the other way round.
                    if ((weights.Directions[type] & (1 << ((arc & 1) ^ 1))) == 0)
                    {
                        continue;
                    }

                    var candidate = score * weights.Weights[type] * graph.EdgeStrengths[edge];
                    var neighbour = graph.ArcTarget(arc);
                    if (candidate < threshold || graph.Labels[neighbour] == ThreatLabel)
                    {
                        continue;
                    }

                    if (_stamps[neighbour] != _stamp)
                    {
                        Mark(neighbour, candidate);
                    }
                    else if (candidate > _best[neighbour])
                    {
                        _best[neighbour] = candidate;
                    }
                    else
                    {
                        continue;
                    }

                    Push(ref frontierCount, neighbour, hop);
                }
            }

            layerStart = layerEnd;
        }
    }

    /// <summary>The bound times the arriving score must still reach the threshold; unreached nodes cannot.</summary>
    public bool CanStillReach(int node, double score) => _stamps[node] == _stamp && score * _best[node] >= _threshold;

    private void Mark(int node, double score)
    {
        _stamps[node] = _stamp;
        _queuedAt[node] = -1;
        _best[node] = score;
        if (ReachedCount == _reached.Length)
        {
            Array.Resize(ref _reached, ReachedCount * 2);
        }

        _reached[ReachedCount++] = node;
    }

    /// <summary>Queues <paramref name="node"/> for the layer after <paramref name="hop"/>, once however often it improves.</summary>
    private void Push(ref int count, int node, int hop)
    {
        if (_queuedAt[node] == hop)
        {
            return;
        }

        _queuedAt[node] = hop;
        if (count == _frontier.Length)
        {
            Array.Resize(ref _frontier, count * 2);
            Array.Resize(ref _frontierScores, count * 2);
        }

        _frontier[count++] = node;
    }
}
