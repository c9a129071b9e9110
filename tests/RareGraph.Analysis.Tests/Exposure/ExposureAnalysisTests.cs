using FsCheck.Xunit;
using RareGraph.Analysis.Exposure;
using RareGraph.Analysis.Spillover;
using RareGraph.Analysis.Tests.Support;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using static RareGraph.Domain.Model.RelationshipType;

namespace RareGraph.Analysis.Tests.Exposure;

public sealed class ExposureAnalysisTests
{
    [Fact]
    public void Exposure_Should_List_The_Threats_That_Reach_The_Organisation_At_Their_Own_Dates()
    {
        var early = TestGraph.Day.AddYears(-2);
        var graph = new TestGraph().Threat("law").Threat("raid", early).Threat("far").Jurisdiction("hu").Jurisdiction("at")
            .Orgs("watchdog", "partner", "distant")
            .Rel("law", OccurredIn, "hu").Rel("watchdog", BasedIn, "at").Rel("partner", BasedIn, "hu")
            .Rel("partner", PartnersWith, "watchdog", validFrom: TestGraph.Day.AddYears(-1))
            .Rel("raid", Targets, "watchdog")
            .Rel("far", Targets, "distant").Rel("distant", MemberOf, "x1").Org("x1").Rel("x1", MemberOf, "watchdog")
            .Build();

        var exposure = ExposureAnalysis.Analyze(graph, "watchdog");

        // raid: a seed (1.0, 0 hops). law: hu -BASED_IN-> partner (0.9) -PARTNERS_WITH-> watchdog (0.6) = 0.54, valid on its date.
        // far: 0.5 * 0.5 = 0.25 in two hops.
        Assert.Equal(["raid", "law", "far"], exposure.Select(e => e.ThreatKey));
        Assert.Equal((1.0, 0), (exposure[0].Score, exposure[0].Hops));
        Assert.Equal(early, exposure[0].At);
        Expect.Close(0.54, exposure[1].Score);
        Assert.True(exposure[1].CrossBorder);
        Assert.Equal(["hu", "partner", "watchdog"], exposure[1].Path.NodeKeys);
        Expect.Close(0.25, exposure[2].Score);
    }

    [Fact]
    public void Exposure_Should_Respect_MinScore_And_MaxHops()
    {
        var graph = new TestGraph().Threat("t").Orgs("a", "b", "c")
            .Rel("t", Targets, "a").Rel("a", MemberOf, "b").Rel("b", MemberOf, "c")
            .Build();

        Assert.Single(ExposureAnalysis.Analyze(graph, "c", minScore: 0.25));
        Assert.Empty(ExposureAnalysis.Analyze(graph, "c", minScore: 0.26));
        Assert.Empty(ExposureAnalysis.Analyze(graph, "c", maxHops: 1));
    }

    [Fact]
    public void Exposure_Should_Validate_Its_Arguments()
    {
        var graph = new TestGraph().Threat("t").Org("a").Jurisdiction("j").Build();

        Expect.Error(ErrorCodes.NotFound, "organisationKey", () => ExposureAnalysis.Analyze(graph, "j"));
        Expect.Error(ErrorCodes.NotFound, "organisationKey", () => ExposureAnalysis.Analyze(graph, "nope"));
        Expect.Error(ErrorCodes.Validation, "minScore", () => ExposureAnalysis.Analyze(graph, "a", minScore: 0));
        Expect.Error(ErrorCodes.Validation, "maxHops", () => ExposureAnalysis.Analyze(graph, "a", maxHops: 9));
    }

    [Property(MaxTest = 300)]
    public void Exposure_Should_Equal_Impact_For_Each_Threat(int seed)
    {
        var fixture = RandomGraphs.Create(seed);
        var graph = fixture.Build();
        var random = new Random(seed);
        var maxHops = random.Next(1, 6);
        var minScore = random.Next(2) == 0 ? 0.05 : 0.2;
        var minConfidence = random.Next(3) == 0 ? 0.6 : 0;
        DateOnly? asOf = random.Next(3) == 0 ? TestGraph.Day.AddDays(-10) : null;
        var brute = new BruteForceImpact(fixture, minConfidence: minConfidence);
        var organisations = new[] { "o0", "o1", "o2", "o3" }.Where(graph.Contains);

        foreach (var organisation in organisations)
        {
            var exposure = Enum.GetValues<EventPolarity>()
                .SelectMany(polarity => ExposureAnalysis.Analyze(
                    graph,
                    organisation,
                    new ExposureOptions { MinScore = minScore, MaxHops = maxHops, MinConfidence = minConfidence, At = asOf, Polarity = polarity }))
                .ToDictionary(e => e.ThreatKey);
            foreach (var threat in new[] { "t", "t2" })
            {
                var occurred = graph.ThreatDateOf(threat)!.Value;
                var impact = asOf < occurred
                    ? null
                    : ImpactAnalysis.Analyze(graph, threat, new ImpactOptions { MaxHops = maxHops, MinScore = minScore, MinConfidence = minConfidence, At = asOf })
                        .Affected.SingleOrDefault(a => a.OrganisationKey == organisation);
                if (impact is null)
                {
                    Assert.False(exposure.ContainsKey(threat));
                    continue;
                }

                var entry = exposure[threat];
                Assert.Equal((impact.Score, impact.Hops, impact.CrossBorder), (entry.Score, entry.Hops, entry.CrossBorder));
                // Among equally good explaining paths either may be shown; each must reach the same numbers.
                Assert.Equal((impact.Score, impact.Hops), (entry.Path.Score, entry.Path.Hops));
                Assert.Equal(organisation, entry.Path.NodeKeys[^1]);
                Assert.Contains(entry.Path.NodeKeys[0], brute.Seeds(threat, entry.At));
                Assert.Equal(asOf ?? occurred, entry.At);
            }
        }
    }

    [Fact]
    public void Exposure_Should_Consider_Restrictive_Events_Unless_Asked_For_Protective_Ones()
    {
        var graph = new TestGraph().Threat("law").Threat("ruling", polarity: EventPolarity.Protective).Org("ngo")
            .Rel("law", Targets, "ngo").Rel("ruling", Targets, "ngo").Build();

        Assert.Equal(["law"], ExposureAnalysis.Analyze(graph, "ngo").Select(e => e.ThreatKey));
        Assert.Equal(
            ["ruling"],
            ExposureAnalysis.Analyze(graph, "ngo", new ExposureOptions { Polarity = EventPolarity.Protective }).Select(e => e.ThreatKey));
    }

    [Fact]
    public void Exposure_As_Of_A_Date_Should_Leave_Out_Later_Events_And_Evaluate_At_That_Date()
    {
        var graph = new TestGraph().Threat("old", TestGraph.Day.AddYears(-3)).Threat("new").Orgs("ngo", "partner")
            .Rel("old", Targets, "partner").Rel("new", Targets, "ngo")
            .Rel("partner", PartnersWith, "ngo", validFrom: TestGraph.Day.AddYears(-1))
            .Build();

        // At its own date the old event had no path to the NGO; as of last month the partnership carries it.
        Assert.Equal(["new"], ExposureAnalysis.Analyze(graph, "ngo").Select(e => e.ThreatKey));
        var asOf = ExposureAnalysis.Analyze(graph, "ngo", new ExposureOptions { At = TestGraph.Day.AddMonths(-1) });
        var only = Assert.Single(asOf);
        Assert.Equal(("old", TestGraph.Day.AddMonths(-1)), (only.ThreatKey, only.At));
    }
}
