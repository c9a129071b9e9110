using System.Globalization;
using RareGraph.Analysis.Budget;
using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Spillover;
using RareGraph.Domain.Errors;

namespace RareGraph.Analysis.Paths;

/// <summary>The k best simple paths between two entities (strongest or shortest first), each with its spill-over score.</summary>
/// <remarks>
/// J. Y. Yen, "Finding the k shortest loopless paths in a network", Management Science 17(11), 1971. Each new path
/// deviates from an earlier one at a spur node: the root up to the spur is kept, its nodes are blocked, and the arcs
/// that earlier paths with the same root took out of the spur are removed; <see cref="BestSpur"/> (by score) or
/// <see cref="ShortestSpur"/> (by hops) finds the best continuation in <see cref="PathOrder"/>, whose prefix-first
/// comparison is what Yen's argument needs.
/// </remarks>
public static class PathSearch
{
    /// <summary>
    /// Finds up to <see cref="PathOptions.K"/> paths, ordered as <see cref="PathOrder"/> describes. A directed path from
    /// an event starts with a step into one of its seeds (factor 1) and never enters its initiators.
    /// </summary>
    /// <param name="graph">The projection to search.</param>
    /// <param name="options">The query.</param>
    /// <param name="today">The date used when <see cref="PathOptions.At"/> is null.</param>
    /// <param name="budget">Work and time limits; null for the defaults.</param>
    /// <exception cref="RareGraphException">
    /// VALIDATION (k, maxHops, minConfidence, toKey when equal to fromKey), NOT_FOUND (fromKey, toKey), LIMIT_EXCEEDED.
    /// </exception>
    public static IReadOnlyList<SpilloverPath> FindPaths(
        GraphProjection graph, PathOptions options, DateOnly today, AnalysisBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        graph = graph.WithMinConfidence(options.MinConfidence);
        var source = graph.RequireNode(options.FromKey, "fromKey", null);
        var target = graph.RequireNode(options.ToKey, "toKey", null);
        if (source == target)
        {
            throw RareGraphException.Validation("toKey", "toKey must differ from fromKey.");
        }

        var filter = new ArcFilter(graph, (options.At ?? today).DayNumber, options, source);
        var meter = new BudgetMeter(budget, "path search");
        ISpurSearch spur = options.Ranking == PathRanking.Hops
            ? ShortestSpur.Rent(graph, filter, meter)
            : new BestSpur(graph, filter, meter);
        var order = new PathOrder(graph, options.Ranking);
        var first = spur.Find(source, target, [], [], options.MaxHops);
        if (first is null)
        {
            return [];
        }

        var accepted = new List<FoundPath> { first };
        var candidates = new List<FoundPath>();
        var blockedArcs = new HashSet<int>();
        while (accepted.Count < options.K)
        {
            var previous = accepted[^1];
            for (var root = 0; root < previous.Hops; root++)
            {
                blockedArcs.Clear();
                foreach (var path in accepted)
                {
                    if (path.SharesRoot(previous, root))
                    {
                        blockedArcs.Add(path.Arcs[root]);
                    }
                }

                var found = spur.Find(
                    previous.Nodes[root], target, previous.Nodes.AsSpan(0, root), blockedArcs, options.MaxHops - root);
                if (found is null)
                {
                    continue;
                }

                var candidate = FoundPath.Join(previous, root, found, filter);
                if (!candidates.Exists(candidate.SameArcs) && !accepted.Exists(candidate.SameArcs))
                {
                    candidates.Add(candidate);
                }
            }

            if (candidates.Count == 0)
            {
                break;
            }

            var best = 0;
            for (var i = 1; i < candidates.Count; i++)
            {
                if (order.Compare(candidates[i], candidates[best]) < 0)
                {
                    best = i;
                }
            }

            accepted.Add(candidates[best]);
            candidates.RemoveAt(best);
        }

        return accepted.ConvertAll(path => ToSpilloverPath(graph, path));
    }

    private static void Validate(PathOptions options)
    {
        if (options.K is < 1 or > PathOptions.MaxK)
        {
            throw RareGraphException.Validation(
                "k", string.Create(CultureInfo.InvariantCulture, $"k must be between 1 and {PathOptions.MaxK}."));
        }

        if (options.MaxHops is < ImpactAnalysis.MinHops or > ImpactAnalysis.MaxHopsAllowed)
        {
            throw RareGraphException.Validation(
                "maxHops",
                string.Create(CultureInfo.InvariantCulture, $"maxHops must be between {ImpactAnalysis.MinHops} and {ImpactAnalysis.MaxHopsAllowed}."));
        }
    }

    private static SpilloverPath ToSpilloverPath(GraphProjection graph, FoundPath path)
    {
        var keys = new string[path.Nodes.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = graph.Keys[path.Nodes[i]];
        }

        var relationships = new Domain.Model.RelationshipKey[path.Arcs.Length];
        for (var i = 0; i < relationships.Length; i++)
        {
            relationships[i] = graph.IdentityOf(path.Arcs[i] >> 1);
        }

        return new SpilloverPath(keys, relationships, path.Score, path.Hops);
    }
}
