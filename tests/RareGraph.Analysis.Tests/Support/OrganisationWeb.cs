using RareGraph.Domain.Model;
using static RareGraph.Domain.Model.RelationshipType;

namespace RareGraph.Analysis.Tests.Support;

/// <summary>
/// A large random web of organisations for the engine's large-graph tests: thousands of organisations of every kind,
/// partnerships and memberships of mixed strengths, some valid only in a window around <see cref="TestGraph.Day"/>, so
/// hubs are reached in several layers and both gathering passes (with and without a window) have work.
/// </summary>
internal static class OrganisationWeb
{
    private static readonly double[] Strengths = [1.0, 0.9, 0.8, 0.7, 0.6];

    /// <summary>
    /// Adds organisations <c>o0</c>…, then <paramref name="jurisdictions"/>, then up to <paramref name="relationships"/>
    /// random links between the organisations (self-links skipped), one in <paramref name="windowedOneIn"/> windowed.
    /// </summary>
    public static TestGraph Add(TestGraph graph, Random random, int organisations, int relationships, int windowedOneIn, params string[] jurisdictions)
    {
        for (var i = 0; i < organisations; i++)
        {
            graph.Org($"o{i}", (OrganisationKind)(i % 8));
        }

        foreach (var jurisdiction in jurisdictions)
        {
            graph.Jurisdiction(jurisdiction);
        }

        for (var i = 0; i < relationships; i++)
        {
            var from = random.Next(organisations);
            var to = random.Next(organisations);
            if (from == to)
            {
                continue;
            }

            var windowed = random.Next(windowedOneIn) == 0;
            graph.Rel(
                $"o{from}",
                random.Next(3) == 0 ? MemberOf : PartnersWith,
                $"o{to}",
                Strengths[random.Next(Strengths.Length)],
                windowed ? TestGraph.Day.AddDays(random.Next(-30, 30)) : null,
                windowed ? TestGraph.Day.AddDays(random.Next(0, 60)) : null);
        }

        return graph;
    }
}
