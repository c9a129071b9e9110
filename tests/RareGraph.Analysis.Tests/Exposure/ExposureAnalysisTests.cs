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
        var brute = new BruteForceImpact(fixture);
        var random = new Random(seed);
        var maxHops = random.Next(1, 6);
        var minScore = random.Next(2) == 0 ? 0.05 : 0.2;
        var organisations = new[] { "o0", "o1", "o2", "o3" }.Where(graph.Contains);

        foreach (var organisation in organisations)
        {
            var exposure = ExposureAnalysis.Analyze(graph, organisation, minScore, maxHops).ToDictionary(e => e.ThreatKey);
            foreach (var threat in new[] { "t", "t2" })
            {
                var impact = ImpactAnalysis.Analyze(graph, threat, new ImpactOptions { MaxHops = maxHops, MinScore = minScore })
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
                Assert.Equal(graph.ThreatDateOf(threat), entry.At);
            }
        }
    }
}
