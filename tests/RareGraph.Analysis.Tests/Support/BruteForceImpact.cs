using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Tests.Support;

/// <summary>
/// The model read literally: enumerate every simple path of at most maxHops steps from every seed, straight from the
/// entity and relationship lists, and keep per node the best score and the fewest hops among tied-best paths.
/// </summary>
/// <remarks>
/// A relationship takes part at a date when it is valid then, both its ends exist then (their own validity windows),
/// and it and both its ends reach <c>minConfidence</c> (no confidence counting as 1). An event's initiators
/// (INITIATED_BY) are neither seeds nor ever entered by its walks.
/// </remarks>
internal sealed class BruteForceImpact
{
    private readonly Dictionary<string, Entity> _entities;
    private readonly IReadOnlyList<Relationship> _relationships;
    private readonly Func<RelationshipType, double> _weight;
    private readonly double _minConfidence;

    public BruteForceImpact(TestGraph graph, Func<RelationshipType, double>? weight = null, double minConfidence = 0)
    {
        _entities = graph.Entities.ToDictionary(e => e.Key);
        _relationships = graph.Relationships;
        _weight = weight ?? (type => RelationshipRules.For(type).DefaultWeight);
        _minConfidence = minConfidence;
    }

    public static bool Tied(double a, double b) => Math.Abs(a - b) <= 1e-12 * Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>Whether the entity exists at <paramref name="at"/> and is sure enough.</summary>
    public bool Exists(string key, DateOnly at) =>
        _entities[key].IsValidOn(at) && (_entities[key].Confidence ?? 1.0) >= _minConfidence;

    /// <summary>Whether the relationship takes part in an answer at <paramref name="at"/>.</summary>
    public bool Holds(Relationship r, DateOnly at) =>
        r.IsValidOn(at) && (r.Confidence ?? 1.0) >= _minConfidence && Exists(r.FromKey, at) && Exists(r.ToKey, at);

    /// <summary>The initiators of <paramref name="threat"/> at <paramref name="at"/>.</summary>
    public HashSet<string> Initiators(string threat, DateOnly at) =>
        _relationships
            .Where(r => r.FromKey == threat && r.Type == RelationshipType.InitiatedBy && Holds(r, at))
            .Select(r => r.ToKey)
            .ToHashSet();

    /// <summary>The seeds of <paramref name="threat"/> at <paramref name="at"/>.</summary>
    public HashSet<string> Seeds(string threat, DateOnly at)
    {
        var initiators = Initiators(threat, at);
        return _relationships
            .Where(r => r.FromKey == threat && r.Type is RelationshipType.Targets or RelationshipType.OccurredIn && Holds(r, at))
            .Where(r => _entities[r.ToKey].Label != EntityLabel.Threat && !initiators.Contains(r.ToKey))
            .Select(r => r.ToKey)
            .ToHashSet();
    }

    /// <summary>Every step allowed from <paramref name="node"/> at <paramref name="at"/>: (next node, relationship, factor).</summary>
    public IEnumerable<(string Next, Relationship Via, double Factor)> Steps(string node, DateOnly at)
    {
        foreach (var r in _relationships)
        {
            var flow = RelationshipRules.For(r.Type).Flow;
            if (!Holds(r, at))
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
        var initiators = Initiators(threat, at);
        foreach (var seed in Seeds(threat, at))
        {
            Walk(seed, 1.0, 0, [seed], at, maxHops, initiators, all);
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
        string node, double score, int hops, HashSet<string> onPath, DateOnly at, int maxHops, HashSet<string> initiators,
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
            if (onPath.Contains(next) || initiators.Contains(next) || _entities[next].Label == EntityLabel.Threat)
            {
                continue;
            }

            onPath.Add(next);
            Walk(next, score * factor, hops + 1, onPath, at, maxHops, initiators, all);
            onPath.Remove(next);
        }
    }
}
