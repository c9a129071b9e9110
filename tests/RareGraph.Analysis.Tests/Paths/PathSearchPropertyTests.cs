using FsCheck.Xunit;
using RareGraph.Analysis.Paths;
using RareGraph.Analysis.Tests.Support;

namespace RareGraph.Analysis.Tests.Paths;

public sealed class PathSearchPropertyTests
{
    [Property(MaxTest = 300)]
    public void Paths_Should_Match_The_Best_K_Of_All_Simple_Paths(int seed)
    {
        var fixture = RandomGraphs.Create(seed);
        var graph = fixture.Build();
        var random = new Random(seed);
        var nodes = fixture.Entities.Where(e => e.Key is not ("t" or "t2")).Select(e => e.Key).ToArray();
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
        Enumerate(brute, from, to, 1.0, 0, [from], maxHops, all);
        var expected = all.OrderBy(p => p.Hops).ThenByDescending(p => p.Score).Take(k).ToList();

        var paths = PathSearch.FindPaths(graph, new PathOptions(from, to) { K = k, MaxHops = maxHops }, TestGraph.Day);

        Assert.Equal(expected.Select(p => p.Hops), paths.Select(p => p.Hops));
        for (var i = 0; i < paths.Count; i++)
        {
            Assert.True(Math.Abs(expected[i].Score - paths[i].Score) <= 1e-9, $"path {i}: {expected[i].Score} vs {paths[i].Score}");
            PathChecks.AssertWalks(brute, paths[i], TestGraph.Day, new HashSet<string> { from }, to);
        }

        Assert.Equal(paths.Count, paths.Select(p => string.Join("|", p.Relationships)).Distinct().Count());
    }

    private static void Enumerate(
        BruteForceImpact model, string node, string target, double score, int hops, HashSet<string> onPath, int maxHops,
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

        foreach (var (next, _, factor) in model.Steps(node, TestGraph.Day))
        {
            if (onPath.Add(next))
            {
                Enumerate(model, next, target, score * factor, hops + 1, onPath, maxHops, found);
                onPath.Remove(next);
            }
        }
    }
}
