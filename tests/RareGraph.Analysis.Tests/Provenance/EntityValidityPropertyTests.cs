using FsCheck.Xunit;
using RareGraph.Analysis.Diffusion;
using RareGraph.Analysis.Exposure;
using RareGraph.Analysis.Paths;
using RareGraph.Analysis.Spillover;
using RareGraph.Analysis.Tests.Support;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Tests.Provenance;

/// <summary>
/// An entity's validity window is a pure filter: as of a date, every analysis answers exactly as on a graph from which
/// the entities that did not exist on that date (and their relationships) were removed. The events asked about keep
/// their own windows, which narrow their own links alike in both graphs.
/// </summary>
public sealed class EntityValidityPropertyTests
{
    private static readonly string[] Events = ["t", "t2", "t3"];
    private static readonly int[] Offsets = [0, -5, -20, -35];

    [Property(MaxTest = 300)]
    public void Impact_As_Of_A_Date_Should_Equal_Impact_Without_The_Entities_Not_Existing_Then(int seed)
    {
        var (fixture, at, random) = Arrange(seed);
        var existing = GraphSubsets.ExistingOn(fixture, at, Events).Build();
        var whole = fixture.Build();
        var options = new ImpactOptions { MaxHops = random.Next(1, 6), MinScore = 0.01, At = at };
        foreach (var threat in new[] { "t", "t2" })
        {
            var answer = AnswerSummaries.Impact(whole, threat, options);
            Assert.Equal(AnswerSummaries.Impact(existing, threat, options), answer);
            AssertNothingBeganAfter(fixture, at, ImpactAnalysis.Analyze(whole, threat, options) is var report
                ? report.Affected.Select(a => a.OrganisationKey).Concat(report.Initiators).Concat(report.Affected.SelectMany(a => a.Path.NodeKeys))
                : []);
        }
    }

    [Property(MaxTest = 200)]
    public void Exposure_As_Of_A_Date_Should_Equal_Exposure_Without_The_Entities_Not_Existing_Then(int seed)
    {
        var (fixture, at, random) = Arrange(seed);
        var existing = GraphSubsets.ExistingOn(fixture, at, Events).Build();
        var whole = fixture.Build();
        var options = new ExposureOptions
        {
            MaxHops = random.Next(1, 6),
            MinScore = 0.02,
            At = at,
            Polarity = random.Next(2) == 0 ? EventPolarity.Restrictive : EventPolarity.Protective,
        };
        foreach (var organisation in new[] { "o0", "o1", "o2", "o3" }.Where(existing.Contains))
        {
            Assert.Equal(AnswerSummaries.Exposure(existing, organisation, options), AnswerSummaries.Exposure(whole, organisation, options));
            foreach (var exposure in ExposureAnalysis.Analyze(whole, organisation, options))
            {
                Assert.True(whole.ThreatDateOf(exposure.ThreatKey) <= at, $"{exposure.ThreatKey} had not occurred by {at}");
                AssertNothingBeganAfter(fixture, at, exposure.Path.NodeKeys);
            }
        }
    }

    [Property(MaxTest = 300)]
    public void Paths_As_Of_A_Date_Should_Equal_Paths_Without_The_Entities_Not_Existing_Then(int seed)
    {
        var (fixture, at, random) = Arrange(seed);
        var existing = GraphSubsets.ExistingOn(fixture, at, Events);
        var keys = existing.Entities.Select(e => e.Key).ToArray();
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
            At = at,
        };
        Assert.Equal(AnswerSummaries.Paths(existing.Build(), options), AnswerSummaries.Paths(fixture.Build(), options));
    }

    [Property(MaxTest = 200)]
    public void Alliance_As_Of_A_Date_Should_Have_Only_The_Members_Existing_Then(int seed)
    {
        var (fixture, at, _) = Arrange(seed);
        var existing = GraphSubsets.ExistingOn(fixture, at, Events).Build();

        Assert.Equal(AnswerSummaries.Alliance(existing, at), AnswerSummaries.Alliance(fixture.Build(), at));
    }

    [Property(MaxTest = 200)]
    public void Diffusion_As_Of_A_Date_Should_Leave_Out_What_Had_Not_Begun(int seed)
    {
        var (fixture, at, _) = Arrange(seed);
        var whole = fixture.Build();
        foreach (var threat in Events)
        {
            var report = DiffusionAnalysis.Trace(whole, threat, new DiffusionOptions { At = at });
            foreach (var entry in report.Ancestors.Concat(report.Descendants))
            {
                Assert.True(entry.OccurredOn <= at, $"{entry.ThreatKey} occurred after {at}");
                AssertNothingBeganAfter(fixture, at, [entry.ThreatKey, .. entry.JurisdictionsCrossed], lineageIsHistory: true);
                Assert.All(entry.Links, link => Assert.False(
                    fixture.Relationships.Single(r => r.Identity == link).ValidFrom > at, $"{link} began after {at}"));
            }
        }
    }

    /// <summary>No entity began after <paramref name="at"/>, nor (unless a lineage, which is history) ended before it.</summary>
    private static void AssertNothingBeganAfter(TestGraph fixture, DateOnly at, IEnumerable<string> keys, bool lineageIsHistory = false)
    {
        foreach (var key in keys.Distinct())
        {
            var entity = fixture.Entities.Single(e => e.Key == key);
            Assert.False(entity.ValidFrom > at, $"{key} began on {entity.ValidFrom}, after {at}");
            Assert.False(!lineageIsHistory && entity.ValidTo < at, $"{key} ended on {entity.ValidTo}, before {at}");
        }
    }

    private static (TestGraph Fixture, DateOnly At, Random Random) Arrange(int seed)
    {
        var random = new Random(seed);
        return (RandomGraphs.Create(seed), TestGraph.Day.AddDays(Offsets[random.Next(Offsets.Length)]), random);
    }
}
