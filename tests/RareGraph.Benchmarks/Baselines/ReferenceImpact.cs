namespace RareGraph.Benchmarks.Baselines;

/// <summary>
/// Hop-bounded maximum-product propagation over <see cref="FlowArcs"/>, one hop per round (Bellman–Ford limited to
/// maxHops rounds): round h extends only the nodes improved in round h − 1, using their score at the start of the round,
/// so no value travels two hops in one round. Partial products below the floor are dropped: factors are ≤ 1, so they
/// can never climb back. It checks that the three engines agree, and stands in for the engine if it is missing.
/// </summary>
internal sealed class ReferenceImpact
{
    private readonly FlowArcs _arcs;
    private readonly double[] _best;
    private readonly int[] _round;

    public ReferenceImpact(FlowArcs arcs)
    {
        _arcs = arcs;
        _best = new double[arcs.NodeCount];
        _round = new int[arcs.NodeCount];
        Array.Fill(_round, -1);
    }

    public ImpactAnswer Run(ImpactQuery query)
    {
        var at = query.At.DayNumber;
        var touched = new List<int>();
        var frontier = new List<(int Node, double Score)>();
        var arcs = _arcs;
        foreach (var seed in query.Seeds)
        {
            _best[seed] = 1.0;
            _round[seed] = 0;
            touched.Add(seed);
            frontier.Add((seed, 1.0));
        }

        var scanned = 0L;
        var next = new List<int>();
        for (var hop = 1; hop <= query.MaxHops && frontier.Count > 0; hop++)
        {
            next.Clear();
            foreach (var (node, score) in frontier)
            {
                for (var e = arcs.Offsets[node]; e < arcs.Offsets[node + 1]; e++)
                {
                    scanned++;
                    if (arcs.ValidFrom[e] > at || arcs.ValidTo[e] < at)
                    {
                        continue;
                    }

                    var candidate = score * arcs.Factors[e];
                    var target = arcs.Targets[e];
                    if (candidate < query.MinScore || candidate <= _best[target])
                    {
                        continue;
                    }

                    if (_round[target] < 0)
                    {
                        touched.Add(target);
                    }

                    if (_round[target] != hop)
                    {
                        next.Add(target);
                    }

                    _best[target] = candidate;
                    _round[target] = hop;
                }
            }

            frontier.Clear();
            foreach (var node in next)
            {
                frontier.Add((node, _best[node]));
            }
        }

        var scores = new Dictionary<int, double>(touched.Count);
        foreach (var node in touched)
        {
            scores[node] = _best[node];
            _best[node] = 0;
            _round[node] = -1;
        }

        return new ImpactAnswer(scores, scanned);
    }
}
