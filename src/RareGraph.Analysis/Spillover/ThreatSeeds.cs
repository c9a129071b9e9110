using RareGraph.Analysis.Projection;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Spillover;

/// <summary>A threat's seeds and the jurisdictions it occurred in, both as of one date.</summary>
internal static class ThreatSeeds
{
    private const byte TargetsType = (byte)RelationshipType.Targets;
    private const byte OccurredInType = (byte)RelationshipType.OccurredIn;
    private const byte InitiatedByType = (byte)RelationshipType.InitiatedBy;

    /// <summary>Every node the threat TARGETS or OCCURRED_IN at <paramref name="day"/>, threats excepted.</summary>
    public static List<int> SeedsOf(GraphProjection graph, int threat, int day)
    {
        var seeds = new List<int>(2);
        for (var a = graph.ArcOffsets[threat]; a < graph.ArcOffsets[threat + 1]; a++)
        {
            var arc = graph.Arcs[a];
            var edge = arc >> 1;
            var type = graph.EdgeTypes[edge];
            if ((arc & 1) == 0 && (type == TargetsType || type == OccurredInType) && graph.IsValidAt(edge, day)
                && graph.Labels[graph.EdgeTo[edge]] != (byte)EntityLabel.Threat)
            {
                seeds.Add(graph.EdgeTo[edge]);
            }
        }

        return seeds;
    }

    /// <summary>
    /// Adds every node the threat TARGETS and every jurisdiction it OCCURRED_IN as hop-0 events of score 1, except the
    /// nodes already blocked (its initiators).
    /// </summary>
    /// <remarks>The seeding relationships obey the same validity date as every other relationship.</remarks>
    public static void Seed(GraphProjection graph, int threat, int day, PropagationScratch scratch)
    {
        for (var a = graph.ArcOffsets[threat]; a < graph.ArcOffsets[threat + 1]; a++)
        {
            var arc = graph.Arcs[a];
            var edge = arc >> 1;
            var type = graph.EdgeTypes[edge];
            if ((arc & 1) != 0 || (type != TargetsType && type != OccurredInType) || !graph.IsValidAt(edge, day))
            {
                continue;
            }

            var target = graph.EdgeTo[edge];
            if (graph.Labels[target] != (byte)EntityLabel.Threat && !scratch.IsTouched(target))
            {
                scratch.AddEvent(target, 0, 1.0, EventArcs.None);
            }
        }
    }

    /// <summary>
    /// The organisations that brought <paramref name="threat"/> about (INITIATED_BY, valid at <paramref name="day"/>),
    /// in relationship order: its spill-over neither starts from them nor reaches them.
    /// </summary>
    public static int[] InitiatorsOf(GraphProjection graph, int threat, int day) => Neighbours(graph, threat, InitiatedByType, day);

    /// <summary>Blocks every initiator of the threat in <paramref name="scratch"/>, so no layer enters them.</summary>
    public static void BlockInitiators(int[] initiators, PropagationScratch scratch)
    {
        foreach (var initiator in initiators)
        {
            scratch.Block(initiator);
        }
    }

    /// <summary>The jurisdictions <paramref name="threat"/> OCCURRED_IN at <paramref name="day"/>.</summary>
    public static int[] OccurredIn(GraphProjection graph, int threat, int day) => Neighbours(graph, threat, OccurredInType, day);

    /// <summary>
    /// True when the organisation has a BASED_IN jurisdiction and the threat an OCCURRED_IN one, and none of the
    /// organisation's bases is where the threat occurred; false when either side is unknown.
    /// </summary>
    public static bool IsCrossBorder(GraphProjection graph, int organisation, int[] occurredIn, int day)
    {
        if (occurredIn.Length == 0)
        {
            return false;
        }

        var hasBase = false;
        var bases = graph.BasedInIndex;
        for (var i = bases.Offsets[organisation]; i < bases.Offsets[organisation + 1]; i++)
        {
            if (!graph.IsValidAt(bases.Edges[i], day))
            {
                continue;
            }

            if (Array.IndexOf(occurredIn, bases.Jurisdictions[i]) >= 0)
            {
                return false;
            }

            hasBase = true;
        }

        return hasBase;
    }

    private static int[] Neighbours(GraphProjection graph, int node, byte type, int day)
    {
        var found = new List<int>(1);
        for (var a = graph.ArcOffsets[node]; a < graph.ArcOffsets[node + 1]; a++)
        {
            var arc = graph.Arcs[a];
            var edge = arc >> 1;
            if ((arc & 1) == 0 && graph.EdgeTypes[edge] == type && graph.IsValidAt(edge, day))
            {
                found.Add(graph.EdgeTo[edge]);
            }
        }

        return [.. found];
    }
}
