using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Projection;

/// <summary>
/// Each node's BASED_IN jurisdictions, apart from its other arcs, so a report can tell whether each of a hundred
/// thousand organisations is cross-border without scanning their partner lists (a hub has tens of thousands).
/// </summary>
/// <remarks>Built once per snapshot on first use: 8 bytes per BASED_IN relationship and 4 per node.</remarks>
internal sealed class BasedInIndex
{
    private BasedInIndex(int[] offsets, int[] jurisdictions, int[] edges)
    {
        Offsets = offsets;
        Jurisdictions = jurisdictions;
        Edges = edges;
    }

    /// <summary>The bases of node n are entries <c>[Offsets[n], Offsets[n + 1])</c>.</summary>
    public int[] Offsets { get; }

    public int[] Jurisdictions { get; }

    /// <summary>The relationship of each entry, for its validity window.</summary>
    public int[] Edges { get; }

    public static BasedInIndex Build(GraphProjection graph)
    {
        var nodeCount = graph.NodeCount;
        var offsets = new int[nodeCount + 1];
        var basedIn = (byte)RelationshipType.BasedIn;
        for (var edge = 0; edge < graph.RelationshipCount; edge++)
        {
            if (graph.EdgeTypes[edge] == basedIn)
            {
                offsets[graph.EdgeFrom[edge] + 1]++;
            }
        }

        for (var node = 0; node < nodeCount; node++)
        {
            offsets[node + 1] += offsets[node];
        }

        var jurisdictions = new int[offsets[nodeCount]];
        var edges = new int[jurisdictions.Length];
        var next = offsets[..nodeCount];
        for (var edge = 0; edge < graph.RelationshipCount; edge++)
        {
            if (graph.EdgeTypes[edge] == basedIn)
            {
                var slot = next[graph.EdgeFrom[edge]]++;
                jurisdictions[slot] = graph.EdgeTo[edge];
                edges[slot] = edge;
            }
        }

        return new BasedInIndex(offsets, jurisdictions, edges);
    }
}
