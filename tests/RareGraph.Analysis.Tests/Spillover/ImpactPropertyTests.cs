using FsCheck.Xunit;
using RareGraph.Analysis.Spillover;
using RareGraph.Analysis.Tests.Support;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Tests.Spillover;

public sealed class ImpactPropertyTests
{
    private static readonly double[] MinScores = [0.01, 0.05, 0.2];
    private static readonly double[] MinConfidences = [0, 0, 0.5, 0.6];

    [Property(MaxTest = 400)]
    public void Impact_Should_Match_A_Brute_Force_Enumeration_Of_All_Simple_Paths(int seed) =>
        CheckAgainstBruteForce(seed, LayerDirection.Auto);

    [Property(MaxTest = 200)]
    public void Impact_Should_Match_A_Brute_Force_Enumeration_When_Every_Layer_Scatters(int seed) =>
        CheckAgainstBruteForce(seed, LayerDirection.Scatter);

    [Property(MaxTest = 200)]
    public void Impact_Should_Match_A_Brute_Force_Enumeration_When_Every_Layer_Gathers(int seed) =>
        CheckAgainstBruteForce(seed, LayerDirection.Gather);

    [Property(MaxTest = 300)]
    public void Kinds_Filter_Should_List_Exactly_The_Unfiltered_Entries_Of_Those_Kinds(int seed)
    {
        var graph = RandomGraphs.Create(seed).Build();
        var options = new ImpactOptions { MaxHops = new Random(seed).Next(1, 6), MinScore = 0.01 };
        OrganisationKind[] kinds = [OrganisationKind.Government, OrganisationKind.Funder];

        var all = ImpactAnalysis.Analyze(graph, "t", options).Affected;
        var filtered = ImpactAnalysis.Analyze(graph, "t", options with { Kinds = kinds }).Affected;

        Assert.Equal(
            all.Where(a => kinds.Contains(graph.OrganisationKindOf(a.OrganisationKey)!.Value)).Select(a => (a.OrganisationKey, a.Score, a.Hops)),
            filtered.Select(a => (a.OrganisationKey, a.Score, a.Hops)));
    }

    [Property(MaxTest = 300)]
    public void Scattering_And_Gathering_Layers_Should_Give_The_Same_Doubles_And_Hops(int seed)
    {
        var graph = RandomGraphs.Create(seed).Build();
        var random = new Random(seed);
        var options = new ImpactOptions
        {
            MaxHops = random.Next(1, 6),
            MinScore = MinScores[random.Next(MinScores.Length)],
            Kinds = random.Next(3) == 0 ? [OrganisationKind.Ngo, OrganisationKind.Government] : null,
        };

        var scattered = ImpactAnalysis.Analyze(graph, "t", options with { Direction = LayerDirection.Scatter }).Affected;
        var gathered = ImpactAnalysis.Analyze(graph, "t", options with { Direction = LayerDirection.Gather }).Affected;

        Assert.Equal(
            scattered.Select(a => (a.OrganisationKey, a.Score, a.Hops, a.CrossBorder)),
            gathered.Select(a => (a.OrganisationKey, a.Score, a.Hops, a.CrossBorder)));
    }

    private static void CheckAgainstBruteForce(int seed, LayerDirection direction)
    {
        var fixture = RandomGraphs.Create(seed);
        var graph = fixture.Build();
        var random = new Random(seed);
        var maxHops = random.Next(1, 6);
        var minScore = MinScores[random.Next(MinScores.Length)];
        var at = random.Next(3) == 0 ? TestGraph.Day.AddDays(-20) : TestGraph.Day;
        var minConfidence = MinConfidences[random.Next(MinConfidences.Length)];

        var report = ImpactAnalysis.Analyze(
            graph, "t", new ImpactOptions { MaxHops = maxHops, MinScore = minScore, At = at, MinConfidence = minConfidence, Direction = direction });
        var brute = new BruteForceImpact(fixture, minConfidence: minConfidence);
        Assert.Equal(brute.Initiators("t", at).Order(StringComparer.Ordinal), report.Initiators);
        Assert.Equal(((Threat)fixture.Entities.Single(e => e.Key == "t")).Polarity, report.Polarity);
        var expected = brute.Run("t", at, maxHops)
            .Where(p => graph.LabelOf(p.Key) == EntityLabel.Organisation && p.Value.Score >= minScore)
            .ToDictionary(p => p.Key, p => p.Value);

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), report.Affected.Select(a => a.OrganisationKey).Order(StringComparer.Ordinal));
        foreach (var affected in report.Affected)
        {
            var (score, hops) = expected[affected.OrganisationKey];
            Assert.True(Math.Abs(score - affected.Score) <= 1e-9, $"{affected.OrganisationKey}: {score} vs {affected.Score}");
            Assert.Equal(hops, affected.Hops);
            PathChecks.AssertWalks(brute, affected.Path, at, brute.Seeds("t", at), affected.OrganisationKey);
            Expect.Close(affected.Score, affected.Path.Score);
            Assert.Equal(affected.Hops, affected.Path.Hops);
        }

        for (var i = 1; i < report.Affected.Count; i++)
        {
            var (before, after) = (report.Affected[i - 1], report.Affected[i]);
            Assert.True(
                before.Score > after.Score
                || (BruteForceImpact.Tied(before.Score, after.Score)
                    && (before.Hops < after.Hops || (before.Hops == after.Hops && string.CompareOrdinal(before.OrganisationKey, after.OrganisationKey) < 0))),
                $"{before} listed before {after}");
        }
    }
}
