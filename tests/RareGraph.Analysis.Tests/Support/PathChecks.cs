using RareGraph.Analysis.Spillover;

namespace RareGraph.Analysis.Tests.Support;

internal static class PathChecks
{
    /// <summary>The path starts at a seed, ends at <paramref name="end"/>, is simple, and every step is an allowed step whose factors multiply to its score.</summary>
    public static void AssertWalks(BruteForceImpact model, SpilloverPath path, DateOnly at, IReadOnlySet<string> seeds, string end)
    {
        Assert.Contains(path.NodeKeys[0], seeds);
        Assert.Equal(end, path.NodeKeys[^1]);
        Assert.Equal(path.Hops, path.Relationships.Count);
        Assert.Equal(path.Hops + 1, path.NodeKeys.Count);
        Assert.Equal(path.NodeKeys.Count, path.NodeKeys.Distinct().Count());
        var score = 1.0;
        for (var i = 0; i < path.Hops; i++)
        {
            var step = model.Steps(path.NodeKeys[i], at)
                .Where(s => s.Next == path.NodeKeys[i + 1] && s.Via.Identity == path.Relationships[i])
                .ToList();
            Assert.True(step.Count == 1, $"step {i} of {string.Join(" > ", path.NodeKeys)} is not an allowed step");
            score *= step[0].Factor;
        }

        Assert.Equal(score, path.Score);
    }
}
