using FsCheck.Xunit;
using RareGraph.Analysis.Paths;
using RareGraph.Analysis.Tests.Support;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Tests.Paths;

public sealed class PathSearchPropertyTests
{
    [Property(MaxTest = 400)]
    public void Paths_Should_Match_The_Best_K_Of_All_Simple_Paths(int seed)
    {
        var fixture = RandomGraphs.Create(seed);
        var graph = fixture.Build();
        var random = new Random(seed);
        var undirected = random.Next(3) == 0;
        var nodes = fixture.Entities.Where(e => undirected || e.Key is not ("t" or "t2")).Select(e => e.Key).ToArray();
        var from = nodes[random.Next(nodes.Length)];
        var to = nodes[random.Next(nodes.Length)];
        if (from == to)
        {
            return;
        }

        var k = random.Next(1, 6);
        var maxHops = random.Next(1, 6);
        var brute = new BruteForceImpact(fixture);
        var all = new List<(double Score, int Hops)>();
        var steps = undirected ? UndirectedSteps(fixture) : (node => brute.Steps(node, TestGraph.Day));
        Enumerate(steps, from, to, 1.0, 0, [from], maxHops, all);
        var expected = all.OrderBy(p => p.Hops).ThenByDescending(p => p.Score).Take(k).ToList();

        var paths = PathSearch.FindPaths(graph, new PathOptions(from, to) { K = k, MaxHops = maxHops, Undirected = undirected }, TestGraph.Day);

        Assert.Equal(expected.Select(p => p.Hops), paths.Select(p => p.Hops));
        for (var i = 0; i < paths.Count; i++)
        {
            Assert.True(Math.Abs(expected[i].Score - paths[i].Score) <= 1e-9, $"path {i}: {expected[i].Score} vs {paths[i].Score}");
            if (!undirected)
            {
                PathChecks.AssertWalks(brute, paths[i], TestGraph.Day, new HashSet<string> { from }, to);
            }

            Assert.Equal(paths[i].Hops + 1, paths[i].NodeKeys.Distinct().Count());
        }

        Assert.Equal(paths.Count, paths.Select(p => string.Join("|", p.Relationships)).Distinct().Count());
    }

    private static Func<string, IEnumerable<(string Next, Relationship Via, double Factor)>> UndirectedSteps(TestGraph fixture) =>
        node => fixture.Relationships
            .Where(r => r.IsValidOn(TestGraph.Day) && (r.FromKey == node || r.ToKey == node))
            .Select(r => (r.FromKey == node ? r.ToKey : r.FromKey, r, RelationshipRules.For(r.Type).DefaultWeight * r.Strength));

    private static void Enumerate(
        Func<string, IEnumerable<(string Next, Relationship Via, double Factor)>> steps, string node, string target, double score, int hops, HashSet<string> onPath, int maxHops,
        List<(double, int)> found)
    {
        if (node == target)
        {
            found.Add((score, hops));
            return;
        }

        if (hops == maxHops)
        {
            return;
        }

        foreach (var (next, _, factor) in steps(node))
        {
            if (onPath.Add(next))
            {
                Enumerate(steps, next, target, score * factor, hops + 1, onPath, maxHops, found);
                onPath.Remove(next);
            }
        }
    }
}
