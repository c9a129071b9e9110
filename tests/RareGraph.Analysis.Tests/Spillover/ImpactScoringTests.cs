using RareGraph.Analysis.Spillover;
using RareGraph.Analysis.Tests.Support;
using RareGraph.Domain.Model;
using static RareGraph.Domain.Model.RelationshipType;

namespace RareGraph.Analysis.Tests.Spillover;

public sealed class ImpactScoringTests
{
    private static AffectedOrganisation Find(ImpactReport report, string key) =>
        Assert.Single(report.Affected, a => a.OrganisationKey == key);

    [Fact]
    public void Impact_Should_Prefer_A_Longer_Path_With_A_Higher_Product()
    {
        var graph = new TestGraph().Threat("t").Orgs("a", "b", "c")
            .Rel("t", Targets, "a")
            .Rel("a", PartnersWith, "c", strength: 0.5) // 0.6 * 0.5 = 0.30 in one hop
            .Rel("a", PartnersWith, "b")                // 0.6
            .Rel("b", PartnersWith, "c")                // 0.6 * 0.6 = 0.36 in two hops
            .Build();

        var c = Find(ImpactAnalysis.Analyze(graph, "t"), "c");

        Expect.Close(0.36, c.Score);
        Assert.Equal(2, c.Hops);
        Assert.Equal(["a", "b", "c"], c.Path.NodeKeys);
        Assert.Equal(
            [new RelationshipKey("a", PartnersWith, "b"), new RelationshipKey("b", PartnersWith, "c")],
            c.Path.Relationships);
    }

    [Fact]
    public void Impact_Should_Not_Reach_Beyond_MaxHops()
    {
        var graph = new TestGraph().Threat("t").Orgs("a", "b", "c", "d")
            .Rel("t", Targets, "a").Rel("a", MemberOf, "b").Rel("b", MemberOf, "c").Rel("c", MemberOf, "d")
            .Build();

        var report = ImpactAnalysis.Analyze(graph, "t", new ImpactOptions { MaxHops = 2, MinScore = 0.01 });

        Assert.Equal(["a", "b", "c"], report.Affected.Select(a => a.OrganisationKey));
        Expect.Close(0.25, Find(report, "c").Score);
    }

    [Fact]
    public void Impact_Should_Take_The_Fewest_Hops_When_A_Longer_Path_Only_Ties()
    {
        // a -> c directly at 0.36 (strength 0.6 * 0.6) and a -> b -> c also at 0.6 * 0.6.
        var graph = new TestGraph().Threat("t").Orgs("a", "b", "c")
            .Rel("t", Targets, "a").Rel("a", PartnersWith, "b").Rel("b", PartnersWith, "c")
            .Rel("a", PartnersWith, "c", strength: 0.6)
            .Build();

        var c = Find(ImpactAnalysis.Analyze(graph, "t"), "c");

        Assert.Equal(1, c.Hops);
        Expect.Close(0.36, c.Score);
    }

    [Fact]
    public void Impact_Should_Skip_Expired_And_Not_Yet_Valid_Relationships()
    {
        var day = TestGraph.Day;
        var graph = new TestGraph().Threat("t").Orgs("a", "expired", "future", "lastDay", "firstDay")
            .Rel("t", Targets, "a")
            .Rel("a", PartnersWith, "expired", validTo: day.AddDays(-1))
            .Rel("a", PartnersWith, "future", validFrom: day.AddDays(1))
            .Rel("a", PartnersWith, "lastDay", validTo: day)
            .Rel("a", PartnersWith, "firstDay", validFrom: day)
            .Build();

        var keys = ImpactAnalysis.Analyze(graph, "t").Affected.Select(a => a.OrganisationKey).ToList();
        var later = ImpactAnalysis.Analyze(graph, "t", new ImpactOptions { At = day.AddDays(1) })
            .Affected.Select(a => a.OrganisationKey).ToList();

        Assert.Equal(["a", "firstDay", "lastDay"], keys);
        Assert.Equal(["a", "firstDay", "future"], later);
    }

    [Fact]
    public void Impact_Should_Seed_Targets_And_The_Jurisdiction_It_Occurred_In()
    {
        var graph = new TestGraph().Threat("t").Jurisdiction("hu").Defender("d").Orgs("targeted", "local", "viaDefender")
            .Rel("t", Targets, "targeted").Rel("t", Targets, "d").Rel("t", OccurredIn, "hu")
            .Rel("local", BasedIn, "hu")
            .Rel("d", AffiliatedWith, "viaDefender")
            .Build();

        var report = ImpactAnalysis.Analyze(graph, "t");

        Assert.Equal(["targeted", "local", "viaDefender"], report.Affected.Select(a => a.OrganisationKey));
        Assert.Equal((1.0, 0), (report.Affected[0].Score, report.Affected[0].Hops));
        Assert.Equal(["targeted"], report.Affected[0].Path.NodeKeys);
        Expect.Close(0.9, Find(report, "local").Score);
        Expect.Close(0.8, Find(report, "viaDefender").Score);
        Assert.Equal(TestGraph.Day, report.At);
    }

    [Fact]
    public void Impact_Should_Drop_Organisations_Below_MinScore_But_Keep_Those_Exactly_At_It()
    {
        var graph = new TestGraph().Threat("t").Orgs("a", "half", "below")
            .Rel("t", Targets, "a").Rel("a", MemberOf, "half").Rel("half", FundedBy, "below")
            .Build();

        var report = ImpactAnalysis.Analyze(graph, "t", new ImpactOptions { MinScore = 0.5 });

        Assert.Equal(["a", "half"], report.Affected.Select(a => a.OrganisationKey));
    }

    [Fact]
    public void Impact_Should_Order_By_Score_Then_Hops_Then_Key()
    {
        // With AFFILIATED_WITH at 1.0: m (seed) and m2 both score 1.0; y1, z1 (one hop) and x2 (two hops) all score 0.5.
        var weights = new[] { new WeightOverride(AffiliatedWith, 1.0) };
        var graphTie = new TestGraph().Threat("t").Defender("d").Orgs("z1", "y1", "x2", "m", "m2")
            .Rel("t", Targets, "d").Rel("t", Targets, "m")
            .Rel("m", MemberOf, "z1").Rel("m", MemberOf, "y1")
            .Rel("d", AffiliatedWith, "m2").Rel("m2", MemberOf, "x2")
            .Build();

        var report = ImpactAnalysis.Analyze(graphTie, "t", new ImpactOptions { Weights = weights });

        Assert.Equal(["m", "m2", "y1", "z1", "x2"], report.Affected.Select(a => a.OrganisationKey));
        Assert.Equal([0, 1, 1, 1, 2], report.Affected.Select(a => a.Hops));
    }

    [Fact]
    public void Impact_Should_List_Only_The_Requested_Kinds_While_Propagating_Through_All()
    {
        var graph = new TestGraph().Threat("t").Org("ngo").Org("gov", OrganisationKind.Government)
            .Rel("t", Targets, "ngo").Rel("ngo", AdvocatesTo, "gov")
            .Build();

        var report = ImpactAnalysis.Analyze(graph, "t", new ImpactOptions { Kinds = [OrganisationKind.Government] });

        var gov = Assert.Single(report.Affected);
        Assert.Equal("gov", gov.OrganisationKey);
        Expect.Close(0.3, gov.Score);
    }

    [Fact]
    public void Impact_Should_Never_Walk_Through_Another_Threat()
    {
        var graph = new TestGraph().Threat("t").Threat("other").Orgs("a", "b")
            .Rel("t", Targets, "a").Rel("other", Targets, "a").Rel("other", Targets, "b")
            .Build();

        var report = ImpactAnalysis.Analyze(graph, "t");

        Assert.Equal(["a"], report.Affected.Select(a => a.OrganisationKey));
    }
}
