using RareGraph.Benchmarks.Generation;
using RareGraph.Domain.Model;

namespace RareGraph.Benchmarks.Baselines;

/// <summary>
/// The spill-over graph reduced to the arcs along which spill-over flows (a Both relationship gives two arcs), each with
/// its default-weight factor <c>w(type) · strength</c> and validity as day numbers, grouped by source (CSR). The baselines
/// all read this one structure so that they answer exactly the same question.
/// </summary>
internal sealed class FlowArcs
{
    private FlowArcs(int nodeCount, int[] offsets, int[] targets, double[] factors, int[] validFrom, int[] validTo, Dictionary<string, int> idOf)
    {
        NodeCount = nodeCount;
        Offsets = offsets;
        Targets = targets;
        Factors = factors;
        ValidFrom = validFrom;
        ValidTo = validTo;
        IdOf = idOf;
    }

    public int NodeCount { get; }

    public int[] Offsets { get; }

    public int[] Targets { get; }

    public double[] Factors { get; }

    public int[] ValidFrom { get; }

    public int[] ValidTo { get; }

    public Dictionary<string, int> IdOf { get; }

    /// <summary>Node keys by id.</summary>
    public string[] Keys => [.. IdOf.OrderBy(p => p.Value).Select(p => p.Key)];

    public int ArcCount => Targets.Length;

    public static FlowArcs Build(SyntheticGraph graph)
    {
        var idOf = new Dictionary<string, int>(graph.Entities.Count, StringComparer.Ordinal);
        foreach (var entity in graph.Entities)
        {
            idOf.Add(entity.Key, idOf.Count);
        }

        var arcs = new List<(int From, int To, double Factor, int ValidFrom, int ValidTo)>(graph.Relationships.Count * 2);
        foreach (var r in graph.Relationships)
        {
            var info = RelationshipRules.For(r.Type);
            var factor = info.DefaultWeight * r.Strength;
            var from = idOf[r.FromKey];
            var to = idOf[r.ToKey];
            var validFrom = r.ValidFrom?.DayNumber ?? int.MinValue;
            var validTo = r.ValidTo?.DayNumber ?? int.MaxValue;
            if (info.Flow is FlowDirection.Forward or FlowDirection.Both)
            {
                arcs.Add((from, to, factor, validFrom, validTo));
            }

            if (info.Flow is FlowDirection.Backward or FlowDirection.Both)
            {
                arcs.Add((to, from, factor, validFrom, validTo));
            }
        }

        var offsets = new int[idOf.Count + 1];
        foreach (var arc in arcs)
        {
            offsets[arc.From + 1]++;
        }

        for (var i = 0; i < idOf.Count; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var cursor = offsets[..idOf.Count];
        var targets = new int[arcs.Count];
        var factors = new double[arcs.Count];
        var froms = new int[arcs.Count];
        var tos = new int[arcs.Count];
        foreach (var arc in arcs)
        {
            var slot = cursor[arc.From]++;
            targets[slot] = arc.To;
            factors[slot] = arc.Factor;
            froms[slot] = arc.ValidFrom;
            tos[slot] = arc.ValidTo;
        }

        return new FlowArcs(idOf.Count, offsets, targets, factors, froms, tos, idOf);
    }
}
