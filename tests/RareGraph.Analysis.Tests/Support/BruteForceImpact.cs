using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Tests.Support;

/// <summary>
/// The model read literally: enumerate every simple path of at most maxHops steps from every seed, straight from the
/// entity and relationship lists, and keep per node the best score and the fewest hops among tied-best paths.
/// </summary>
internal sealed class BruteForceImpact
{
    private readonly Dictionary<string, Entity> _entities;
    private readonly IReadOnlyList<Relationship> _relationships;
    private readonly Func<RelationshipType, double> _weight;

    public BruteForceImpact(TestGraph graph, Func<RelationshipType, double>? weight = null)
    {
        _entities = graph.Entities.ToDictionary(e => e.Key);
        _relationships = graph.Relationships;
        _weight = weight ?? (type => RelationshipRules.For(type).DefaultWeight);
    }

    public static bool Tied(double a, double b) => Math.Abs(a - b) <= 1e-12 * Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>The seeds of <paramref name="threat"/> at <paramref name="at"/>.</summary>
    public HashSet<string> Seeds(string threat, DateOnly at) =>
        _relationships
            .Where(r => r.FromKey == threat && r.Type is RelationshipType.Targets or RelationshipType.OccurredIn && r.IsValidOn(at))
            .Where(r => _entities[r.ToKey].Label != EntityLabel.Threat)
            .Select(r => r.ToKey)
            .ToHashSet();

    /// <summary>Every step allowed from <paramref name="node"/> at <paramref name="at"/>: (next node, relationship, factor).</summary>
    public IEnumerable<(string Next, Relationship Via, double Factor)> Steps(string node, DateOnly at)
    {
        foreach (var r in _relationships)
        {
            var flow = RelationshipRules.For(r.Type).Flow;
            if (!r.IsValidOn(at))
            {
                continue;
            }

            if (r.FromKey == node && flow is FlowDirection.Forward or FlowDirection.Both)
            {
                yield return (r.ToKey, r, _weight(r.Type) * r.Strength);
            }

            if (r.ToKey == node && flow is FlowDirection.Backward or FlowDirection.Both)
            {
                yield return (r.FromKey, r, _weight(r.Type) * r.Strength);
            }
        }
    }

    /// <summary>Best (score, hops) per reached node.</summary>
    public Dictionary<string, (double Score, int Hops)> Run(string threat, DateOnly at, int maxHops)
    {
        var all = new Dictionary<string, List<(double Score, int Hops)>>();
        foreach (var seed in Seeds(threat, at))
        {
            Walk(seed, 1.0, 0, [seed], at, maxHops, all);
        }

        var best = new Dictionary<string, (double, int)>();
        foreach (var (node, found) in all)
        {
            var max = found.Max(f => f.Score);
            var hops = found.Where(f => Tied(f.Score, max)).Min(f => f.Hops);
            best[node] = (max, hops);
        }

        return best;
    }

    private void Walk(
        string node, double score, int hops, HashSet<string> onPath, DateOnly at, int maxHops,
        Dictionary<string, List<(double, int)>> all)
    {
        if (!all.TryGetValue(node, out var list))
        {
            all[node] = list = [];
        }

        list.Add((score, hops));
        if (hops == maxHops)
        {
            return;
        }

        foreach (var (next, _, factor) in Steps(node, at))
        {
            if (onPath.Contains(next) || _entities[next].Label == EntityLabel.Threat)
            {
                continue;
            }

            onPath.Add(next);
            Walk(next, score * factor, hops + 1, onPath, at, maxHops, all);
            onPath.Remove(next);
        }
    }
}
