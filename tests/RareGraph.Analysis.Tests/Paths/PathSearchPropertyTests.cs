using FsCheck.Xunit;
using RareGraph.Analysis.Paths;
using RareGraph.Analysis.Tests.Support;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Tests.Paths;

public sealed class PathSearchPropertyTests
{
    private static readonly double[] MinConfidences = [0, 0, 0.5, 0.6];

    [Property(MaxTest = 400)]
    public void Paths_Should_Match_The_Best_K_Of_All_Simple_Paths(int seed)
    {
        var fixture = RandomGraphs.Create(seed);
        var graph = fixture.Build();
        var random = new Random(seed);
        var undirected = random.Next(3) == 0;
        var nodes = fixture.Entities.Select(e => e.Key).ToArray();
        var from = nodes[random.Next(nodes.Length)];
        var to = nodes[random.Next(nodes.Length)];
        if (from == to)
        {
            return;
        }

        var k = random.Next(1, 6);
        var maxHops = random.Next(1, 6);
        var ranking = random.Next(2) == 0 ? PathRanking.Score : PathRanking.Hops;
        var minConfidence = MinConfidences[random.Next(MinConfidences.Length)];
        var brute = new BruteForceImpact(fixture, minConfidence: minConfidence);
        var fromEvent = !undirected && fixture.Entities.Single(e => e.Key == from) is Threat;
        HashSet<string> excluded = fromEvent ? brute.Initiators(from, TestGraph.Day) : [];
        var all = new List<(double Score, int Hops)>();
        var steps = undirected ? UndirectedSteps(fixture, brute) : DirectedSteps(fixture, brute, from, fromEvent);
        Enumerate(steps, from, to, 1.0, 0, [from, .. excluded], maxHops, all);
        var expected = Ranked(all, ranking).Take(k).ToList();

        var paths = PathSearch.FindPaths(
            graph,
            new PathOptions(from, to) { K = k, MaxHops = maxHops, Undirected = undirected, Ranking = ranking, MinConfidence = minConfidence },
            TestGraph.Day);

        Assert.Equal(expected.Select(p => p.Hops), paths.Select(p => p.Hops));
        for (var i = 0; i < paths.Count; i++)
        {
            Assert.True(Math.Abs(expected[i].Score - paths[i].Score) <= 1e-9, $"path {i}: {expected[i].Score} vs {paths[i].Score}");
            if (!undirected && !fromEvent)
            {
                PathChecks.AssertWalks(brute, paths[i], TestGraph.Day, new HashSet<string> { from }, to);
            }

            Assert.Equal(paths[i].Hops + 1, paths[i].NodeKeys.Distinct().Count());
            Assert.DoesNotContain(paths[i].NodeKeys, excluded.Contains);
        }

        Assert.Equal(paths.Count, paths.Select(p => string.Join("|", p.Relationships)).Distinct().Count());
    }

    /// <summary>By hops then score, or by score then hops, scores within 1e-12 of a run's first counting as tied.</summary>
    private static List<(double Score, int Hops)> Ranked(List<(double Score, int Hops)> all, PathRanking ranking)
    {
        if (ranking == PathRanking.Hops)
        {
            return [.. all.OrderBy(p => p.Hops).ThenByDescending(p => p.Score)];
        }

        var byScore = all.OrderByDescending(p => p.Score).ToList();
        var ranked = new List<(double Score, int Hops)>();
        while (byScore.Count > 0)
        {
            var head = byScore[0].Score;
            var run = byScore.TakeWhile(p => BruteForceImpact.Tied(head, p.Score)).ToList();
            ranked.AddRange(run.OrderBy(p => p.Hops));
            byScore.RemoveRange(0, run.Count);
        }

        return ranked;
    }

    private static Func<string, IEnumerable<(string Next, Relationship Via, double Factor)>> UndirectedSteps(TestGraph fixture, BruteForceImpact brute) =>
        node => fixture.Relationships
            .Where(r => brute.Holds(r, TestGraph.Day) && (r.FromKey == node || r.ToKey == node))
            .Select(r => (r.FromKey == node ? r.ToKey : r.FromKey, r, RelationshipRules.For(r.Type).DefaultWeight * r.Strength));

    /// <summary>Spill-over steps; from an event, first a step into each of its seeds with factor 1.</summary>
    private static Func<string, IEnumerable<(string Next, Relationship Via, double Factor)>> DirectedSteps(
        TestGraph fixture, BruteForceImpact brute, string from, bool fromEvent) =>
        node => fromEvent && node == from
            ? fixture.Relationships
                .Where(r => r.FromKey == from && brute.Seeds(from, TestGraph.Day).Contains(r.ToKey)
                    && r.Type is RelationshipType.Targets or RelationshipType.OccurredIn && brute.Holds(r, TestGraph.Day))
                .Select(r => (r.ToKey, r, 1.0))
            : brute.Steps(node, TestGraph.Day);

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
