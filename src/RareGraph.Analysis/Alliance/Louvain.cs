namespace RareGraph.Analysis.Alliance;

/// <summary>Seeded, deterministic Louvain community detection on an undirected alliance graph (resolution 1).</summary>
/// <remarks>
/// Blondel, Guillaume, Lambiotte &amp; Lefebvre, "Fast unfolding of communities in large networks", J. Stat. Mech. (2008)
/// P10008. Phase 1 moves each node, in a seeded shuffled order, to the neighbouring community with the largest modularity
/// gain <c>k_i,in(C) − tot(C)·k_i / 2m</c>, repeating passes until none moves; phase 2 folds each community into one node;
/// the two repeat until phase 1 moves nothing. Ties keep the node where it is, else go to the community met first in
/// neighbour order; a move needs a gain above a 1e-12 relative margin so rounding cannot make nodes oscillate. With a
/// fixed seed and the key-ordered node ids of <see cref="AllianceGraph"/>, every run gives the same partition.
/// </remarks>
internal static class Louvain
{
    private const double Margin = 1e-12;

    public static (int[] CommunityOf, int Count, double Modularity) Compute(AllianceGraph graph, ulong seed, WorkBudget budget)
    {
        var n = graph.NodeCount;
        var communityOf = new int[n];
        for (var v = 0; v < n; v++)
        {
            communityOf[v] = v;
        }

        var count = n;
        var totalWeight = 2.0 * graph.EdgeCount;
        if (totalWeight == 0)
        {
            return (communityOf, count, 0.0);
        }

        var random = new SplitMix64(seed);
        var level = LouvainLevel.FromGraph(graph);
        while (true)
        {
            var (levelCommunity, levelCount, moved) = MoveNodes(level, totalWeight, ref random, budget);
            if (!moved)
            {
                break;
            }

            for (var v = 0; v < n; v++)
            {
                communityOf[v] = levelCommunity[communityOf[v]];
            }

            count = levelCount;
            level = level.Aggregate(levelCommunity, levelCount);
        }

        return (communityOf, count, Modularity(graph, communityOf, count));
    }

    /// <summary>Newman–Girvan modularity Q = Σ_c [in(c)/2m − (tot(c)/2m)²] of a partition of an unweighted graph.</summary>
    public static double Modularity(AllianceGraph graph, int[] communityOf, int count)
    {
        var totalWeight = 2.0 * graph.EdgeCount;
        if (totalWeight == 0)
        {
            return 0.0;
        }

        var inside = new double[count];
        var total = new double[count];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var c = communityOf[v];
            total[c] += graph.Degree(v);
            foreach (var w in graph.Neighbours(v))
            {
                if (communityOf[w] == c)
                {
                    inside[c]++;
                }
            }
        }

        var q = 0.0;
        for (var c = 0; c < count; c++)
        {
            var share = total[c] / totalWeight;
            q += (inside[c] / totalWeight) - (share * share);
        }

        return q;
    }

    private static (int[] Community, int Count, bool Moved) MoveNodes(
        LouvainLevel level, double totalWeight, ref SplitMix64 random, WorkBudget budget)
    {
        var n = level.NodeCount;
        var community = new int[n];
        var communityTotal = new double[n];
        for (var v = 0; v < n; v++)
        {
            community[v] = v;
            communityTotal[v] = level.NodeWeight[v];
        }

        var order = random.Permutation(n);
        var linkWeight = new double[n];
        var touched = new List<int>();
        var movedAtAll = false;
        int movedThisPass;
        do
        {
            movedThisPass = 0;
            foreach (var v in order)
            {
                var own = community[v];
                var weight = level.NodeWeight[v];
                for (var e = level.Offsets[v]; e < level.Offsets[v + 1]; e++)
                {
                    var c = community[level.Targets[e]];
                    if (linkWeight[c] == 0)
                    {
                        touched.Add(c);
                    }

                    linkWeight[c] += level.Weights[e];
                }

                communityTotal[own] -= weight;
                var best = own;
                var bestGain = linkWeight[own] - (communityTotal[own] * weight / totalWeight);
                foreach (var c in touched)
                {
                    var gain = linkWeight[c] - (communityTotal[c] * weight / totalWeight);
                    if (gain - bestGain > Margin * Math.Max(1.0, Math.Abs(bestGain)))
                    {
                        best = c;
                        bestGain = gain;
                    }

                    linkWeight[c] = 0;
                }

                touched.Clear();
                communityTotal[best] += weight;
                if (best != own)
                {
                    community[v] = best;
                    movedThisPass++;
                }
            }

            movedAtAll |= movedThisPass > 0;
            budget.Charge(n + level.Targets.Length);
        }
        while (movedThisPass > 0);

        var (renumbered, count) = Renumber(community);
        return (renumbered, count, movedAtAll);
    }

    /// <summary>Community ids 0..count-1 in the order their first node id appears.</summary>
    private static (int[] Community, int Count) Renumber(int[] community)
    {
        var newId = new int[community.Length];
        Array.Fill(newId, -1);
        var count = 0;
        var result = new int[community.Length];
        for (var v = 0; v < community.Length; v++)
        {
            ref var id = ref newId[community[v]];
            if (id < 0)
            {
                id = count++;
            }

            result[v] = id;
        }

        return (result, count);
    }
}
