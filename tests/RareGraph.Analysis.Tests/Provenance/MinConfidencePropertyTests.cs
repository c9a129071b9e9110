using FsCheck.Xunit;
using RareGraph.Analysis.Diffusion;
using RareGraph.Analysis.Exposure;
using RareGraph.Analysis.Paths;
using RareGraph.Analysis.Spillover;
using RareGraph.Analysis.Tests.Support;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Tests.Provenance;

/// <summary>
/// minConfidence is a pure filter: every analysis answers on the whole graph with a cut-off exactly as it answers on a
/// graph in which the facts below the cut-off (relationships, entities and the relationships touching them) were never
/// recorded.
/// </summary>
public sealed class MinConfidencePropertyTests
{
    private static readonly double[] Cuts = [0.45, 0.5, 0.55, 0.6, 0.8, 0.9, 1.0];

    [Property(MaxTest = 300)]
    public void Impact_With_MinConfidence_Should_Equal_Impact_Without_The_Unsure_Facts(int seed)
    {
        var (fixture, cut, random) = Arrange(seed);
        var whole = fixture.Build();
        var sure = GraphSubsets.AtLeast(fixture, cut).Build();
        var options = new ImpactOptions { MaxHops = random.Next(1, 6), MinScore = 0.01 };
        foreach (var threat in new[] { "t", "t2" }.Where(sure.Contains))
        {
            Assert.Equal(
                AnswerSummaries.Impact(sure, threat, options),
                AnswerSummaries.Impact(whole, threat, options with { MinConfidence = cut }));
        }
    }

    [Property(MaxTest = 200)]
    public void Exposure_With_MinConfidence_Should_Equal_Exposure_Without_The_Unsure_Facts(int seed)
    {
        var (fixture, cut, random) = Arrange(seed);
        var whole = fixture.Build();
        var sure = GraphSubsets.AtLeast(fixture, cut).Build();
        var options = new ExposureOptions
        {
            MaxHops = random.Next(1, 6),
            MinScore = 0.02,
            Polarity = random.Next(2) == 0 ? EventPolarity.Restrictive : EventPolarity.Protective,
        };
        foreach (var organisation in new[] { "o0", "o1", "o2", "o3" }.Where(sure.Contains))
        {
            Assert.Equal(
                AnswerSummaries.Exposure(sure, organisation, options),
                AnswerSummaries.Exposure(whole, organisation, options with { MinConfidence = cut }));
        }
    }

    [Property(MaxTest = 300)]
    public void Paths_With_MinConfidence_Should_Equal_Paths_Without_The_Unsure_Facts(int seed)
    {
        var (fixture, cut, random) = Arrange(seed);
        var whole = fixture.Build();
        var sure = GraphSubsets.AtLeast(fixture, cut);
        var keys = sure.Entities.Select(e => e.Key).ToArray();
        var (from, to) = (keys[random.Next(keys.Length)], keys[random.Next(keys.Length)]);
        if (from == to)
        {
            return;
        }

        var options = new PathOptions(from, to)
        {
            K = random.Next(1, 5),
            MaxHops = random.Next(1, 6),
            Undirected = random.Next(3) == 0,
            Ranking = random.Next(2) == 0 ? PathRanking.Score : PathRanking.Hops,
        };
        Assert.Equal(AnswerSummaries.Paths(sure.Build(), options), AnswerSummaries.Paths(whole, options with { MinConfidence = cut }));
    }

    [Property(MaxTest = 200)]
    public void Alliance_With_MinConfidence_Should_Equal_Alliance_Without_The_Unsure_Facts(int seed)
    {
        var (fixture, cut, _) = Arrange(seed);
        var whole = fixture.Build();
        var sure = GraphSubsets.AtLeast(fixture, cut).Build();

        Assert.Equal(AnswerSummaries.Alliance(sure, TestGraph.Day), AnswerSummaries.Alliance(whole.WithMinConfidence(cut), TestGraph.Day));
    }

    [Property(MaxTest = 200)]
    public void Diffusion_With_MinConfidence_Should_Equal_Diffusion_Without_The_Unsure_Facts(int seed)
    {
        var (fixture, cut, _) = Arrange(seed);
        var whole = fixture.Build();
        var sure = GraphSubsets.AtLeast(fixture, cut).Build();
        foreach (var threat in new[] { "t", "t2", "t3" }.Where(sure.Contains))
        {
            Assert.Equal(
                AnswerSummaries.Diffusion(sure, threat, new DiffusionOptions()),
                AnswerSummaries.Diffusion(whole, threat, new DiffusionOptions { MinConfidence = cut }));
        }
    }

    [Property(MaxTest = 100)]
    public void A_Cut_Below_Every_Recorded_Confidence_Should_Answer_From_The_Whole_Snapshot(int seed)
    {
        var fixture = RandomGraphs.Create(seed);
        var whole = fixture.Build();
        var lowest = fixture.Entities.Select(e => e.Confidence ?? 1.0).Concat(fixture.Relationships.Select(r => r.Confidence ?? 1.0)).Min();

        Assert.Same(whole, whole.WithMinConfidence(lowest));
        Assert.Same(whole, whole.WithMinConfidence(0));
        Assert.Same(whole.WithMinConfidence(0.55), whole.WithMinConfidence(0.6 - 1e-9));
    }

    private static (TestGraph Fixture, double Cut, Random Random) Arrange(int seed)
    {
        var random = new Random(seed);
        return (RandomGraphs.Create(seed), Cuts[random.Next(Cuts.Length)], random);
    }
}
