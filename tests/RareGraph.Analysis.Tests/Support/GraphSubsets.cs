using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Tests.Support;

/// <summary>A fixture with some of its facts taken out, as a store would hold it had they never been recorded.</summary>
internal static class GraphSubsets
{
    /// <summary>
    /// The entities that <paramref name="keepEntity"/> keeps, and the relationships that <paramref name="keepRelationship"/>
    /// keeps among those joining two kept entities.
    /// </summary>
    public static TestGraph Keep(TestGraph graph, Func<Entity, bool> keepEntity, Func<Relationship, bool> keepRelationship)
    {
        var subset = new TestGraph();
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in graph.Entities.Where(keepEntity))
        {
            subset.Add(entity);
            kept.Add(entity.Key);
        }

        foreach (var relationship in graph.Relationships.Where(r => kept.Contains(r.FromKey) && kept.Contains(r.ToKey) && keepRelationship(r)))
        {
            subset.Add(relationship);
        }

        return subset;
    }

    /// <summary>Only the facts whose confidence (none recorded = 1) reaches <paramref name="minConfidence"/>.</summary>
    public static TestGraph AtLeast(TestGraph graph, double minConfidence) =>
        Keep(graph, e => (e.Confidence ?? 1.0) >= minConfidence, r => (r.Confidence ?? 1.0) >= minConfidence);

    /// <summary>
    /// Only the entities that exist on <paramref name="date"/> (keeping <paramref name="always"/> whatever their window),
    /// each stripped of its window, so the subset's validity comes from relationships alone.
    /// </summary>
    public static TestGraph ExistingOn(TestGraph graph, DateOnly date, params string[] always)
    {
        var subset = Keep(graph, e => e.IsValidOn(date) || always.Contains(e.Key), _ => true);
        var stripped = new TestGraph();
        foreach (var entity in subset.Entities)
        {
            stripped.Add(always.Contains(entity.Key) ? entity : entity with { ValidFrom = null, ValidTo = null });
        }

        foreach (var relationship in subset.Relationships)
        {
            stripped.Add(relationship);
        }

        return stripped;
    }
}
