using RareGraph.Analysis.Alliance;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Tests.Alliance;

/// <summary>Small graphs with known answers. Keys are zero-padded so that key order equals number order.</summary>
internal static class AllianceFixtures
{
    /// <summary>Zachary's karate club (1977), the 78 edges of networkx's <c>karate_club_graph()</c>, nodes 0..33.</summary>
    public static readonly (int, int)[] KarateEdges =
    [
        (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6), (0, 7), (0, 8), (0, 10), (0, 11),
        (0, 12), (0, 13), (0, 17), (0, 19), (0, 21), (0, 31), (1, 2), (1, 3), (1, 7), (1, 13),
        (1, 17), (1, 19), (1, 21), (1, 30), (2, 3), (2, 7), (2, 8), (2, 9), (2, 13), (2, 27),
        (2, 28), (2, 32), (3, 7), (3, 12), (3, 13), (4, 6), (4, 10), (5, 6), (5, 10), (5, 16),
        (6, 16), (8, 30), (8, 32), (8, 33), (9, 33), (13, 33), (14, 32), (14, 33), (15, 32), (15, 33),
        (18, 32), (18, 33), (19, 33), (20, 32), (20, 33), (22, 32), (22, 33), (23, 25), (23, 27), (23, 29),
        (23, 32), (23, 33), (24, 25), (24, 27), (24, 31), (25, 31), (26, 29), (26, 33), (27, 33), (28, 31),
        (28, 33), (29, 32), (29, 33), (30, 32), (30, 33), (31, 32), (31, 33), (32, 33),
    ];

    public static string Key(int node) => $"n{node:D6}";

    public static AllianceGraph Numbered(int nodeCount, IEnumerable<(int, int)> edges) =>
        AllianceGraph.Create(
            Enumerable.Range(0, nodeCount).Select(i => new AllianceNode(Key(i), EntityLabel.Organisation)),
            edges.Select(e => (Key(e.Item1), Key(e.Item2))));

    public static AllianceGraph Path(int nodeCount) =>
        Numbered(nodeCount, Enumerable.Range(0, nodeCount - 1).Select(i => (i, i + 1)));

    /// <summary>Node 0 is the hub.</summary>
    public static AllianceGraph Star(int leaves) => Numbered(leaves + 1, Enumerable.Range(1, leaves).Select(i => (0, i)));

    /// <summary>Triangles 0-1-2 and 3-4-5, joined by the bridge 2-3.</summary>
    public static AllianceGraph TwoTrianglesWithBridge() =>
        Numbered(6, [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3)]);

    /// <summary>Cliques on 0..size-1 and size..2·size-1, joined by the single edge 0 - size.</summary>
    public static AllianceGraph TwoCliquesJoined(int size)
    {
        var edges = new List<(int, int)> { (0, size) };
        for (var offset = 0; offset <= size; offset += size)
        {
            for (var i = 0; i < size; i++)
            {
                for (var j = i + 1; j < size; j++)
                {
                    edges.Add((offset + i, offset + j));
                }
            }
        }

        return Numbered(2 * size, edges);
    }

    public static AllianceGraph Karate() => Numbered(34, KarateEdges);

    /// <summary>A seeded random graph; may hold isolated nodes, several components, duplicate pairs and self-loops.</summary>
    public static AllianceGraph Random(int seed, int nodeCount, int edgeCount)
    {
        var random = new Random(seed);
        var edges = Enumerable.Range(0, edgeCount)
            .Select(_ => (random.Next(nodeCount), random.Next(nodeCount)))
            .ToList();
        return Numbered(nodeCount, edges);
    }
}
