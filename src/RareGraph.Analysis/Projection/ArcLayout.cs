using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Projection;

/// <summary>
/// Arc-ordered copies of what a propagation reads for every arc it scans, so the scan walks memory sequentially and
/// only touches the edge arrays for the few arcs that have a strength or a validity window.
/// </summary>
/// <remarks>
/// Built once per snapshot on first use: 5 bytes per arc (10 per relationship). A trait byte packs the relationship
/// type (bits 0–3), the arc's direction (bit 4) and flags that are static for the snapshot.
/// </remarks>
internal sealed class ArcLayout
{
    public const int TypeMask = 0x0F;
    public const int ReversedBit = 0x10;
    public const int HasWindowBit = 0x20;
    public const int HasStrengthBit = 0x40;
    public const int TargetIsThreatBit = 0x80;

    /// <summary>The combination of type and direction: <c>traits &amp; TypeAndDirectionMask</c> indexes 32 entries.</summary>
    public const int TypeAndDirectionMask = TypeMask | ReversedBit;

    private ArcLayout(int[] targets, byte[] traits, bool strengthsAtMostOne)
    {
        Targets = targets;
        Traits = traits;
        StrengthsAtMostOne = strengthsAtMostOne;
    }

    /// <summary>True when no strength exceeds 1 (nor is NaN), so no arc can carry more than its type's weight.</summary>
    public bool StrengthsAtMostOne { get; }

    /// <summary>The node each arc leads to, in the order of <see cref="GraphProjection.Arcs"/>.</summary>
    public int[] Targets { get; }

    /// <summary>Type, direction and static flags of each arc, in the order of <see cref="GraphProjection.Arcs"/>.</summary>
    public byte[] Traits { get; }

    public static ArcLayout Build(GraphProjection graph)
    {
        var arcs = graph.Arcs;
        var targets = new int[arcs.Length];
        var traits = new byte[arcs.Length];
        for (var a = 0; a < arcs.Length; a++)
        {
            var arc = arcs[a];
            var edge = arc >> 1;
            var target = (arc & 1) == 0 ? graph.EdgeTo[edge] : graph.EdgeFrom[edge];
            var trait = graph.EdgeTypes[edge] & TypeMask;
            if ((arc & 1) != 0)
            {
                trait |= ReversedBit;
            }

            if (graph.EdgeValidFrom[edge] != GraphProjection.OpenStart || graph.EdgeValidTo[edge] != GraphProjection.OpenEnd)
            {
                trait |= HasWindowBit;
            }

            // A strength of exactly 1 leaves the product unchanged, so it need not be read.
            if (graph.EdgeStrengths[edge] != 1.0)
            {
                trait |= HasStrengthBit;
            }

            if (graph.Labels[target] == (byte)EntityLabel.Threat)
            {
                trait |= TargetIsThreatBit;
            }

            targets[a] = target;
            traits[a] = (byte)trait;
        }

        var strengthsAtMostOne = true;
        foreach (var strength in graph.EdgeStrengths)
        {
            strengthsAtMostOne &= strength <= 1.0;
        }

        return new ArcLayout(targets, traits, strengthsAtMostOne);
    }
}
