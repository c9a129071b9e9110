using RareGraph.Analysis.Spillover;
using RareGraph.Analysis.Tests.Support;
using static RareGraph.Domain.Model.RelationshipType;

namespace RareGraph.Analysis.Tests.Spillover;

public sealed class CrossBorderTests
{
    [Fact]
    public void Impact_Should_Mark_CrossBorder_Only_When_Both_Places_Are_Known_And_Differ()
    {
        var graph = new TestGraph().Threat("t").Jurisdiction("hu").Jurisdiction("at")
            .Orgs("home", "abroad", "unplaced", "twoBases")
            .Rel("t", OccurredIn, "hu")
            .Rel("t", Targets, "home").Rel("t", Targets, "abroad").Rel("t", Targets, "unplaced").Rel("t", Targets, "twoBases")
            .Rel("home", BasedIn, "hu").Rel("abroad", BasedIn, "at")
            .Rel("twoBases", BasedIn, "at").Rel("twoBases", BasedIn, "hu")
            .Build();

        var flags = ImpactAnalysis.Analyze(graph, "t").Affected.ToDictionary(a => a.OrganisationKey, a => a.CrossBorder);

        Assert.True(flags["abroad"]);
        Assert.False(flags["home"]);
        Assert.False(flags["unplaced"]);
        Assert.False(flags["twoBases"]);
    }

    [Fact]
    public void Impact_Should_Not_Mark_CrossBorder_When_The_Threat_Has_No_Place()
    {
        var graph = new TestGraph().Threat("t").Jurisdiction("at").Org("abroad")
            .Rel("t", Targets, "abroad").Rel("abroad", BasedIn, "at")
            .Build();

        Assert.False(Assert.Single(ImpactAnalysis.Analyze(graph, "t").Affected).CrossBorder);
    }

    [Fact]
    public void Cross_Border_Only_Should_Keep_Exactly_The_Cross_Border_Entries_In_Report_Order()
    {
        var graph = new TestGraph().Threat("t").Jurisdiction("hu").Jurisdiction("at").Jurisdiction("pl")
            .Orgs("home", "vienna", "warsaw", "partnerOfHome", "unplaced")
            .Rel("t", OccurredIn, "hu").Rel("t", Targets, "home")
            .Rel("home", BasedIn, "hu").Rel("vienna", BasedIn, "at").Rel("warsaw", BasedIn, "pl")
            .Rel("home", PartnersWith, "vienna").Rel("home", PartnersWith, "warsaw", strength: 0.5)
            .Rel("home", PartnersWith, "partnerOfHome").Rel("partnerOfHome", BasedIn, "hu")
            .Rel("vienna", MemberOf, "unplaced")
            .Build();
        var report = ImpactAnalysis.Analyze(graph, "t");

        var crossBorder = report.CrossBorderOnly();

        Assert.Equal(
            report.Affected.Where(a => a.CrossBorder).Select(a => (a.OrganisationKey, a.Score, a.Hops)),
            crossBorder.Select(a => (a.OrganisationKey, a.Score, a.Hops)));
        Assert.Equal(["vienna", "warsaw"], crossBorder.Select(a => a.OrganisationKey));
        Assert.All(crossBorder, a => Assert.True(a.CrossBorder));
        Assert.Equal(["home", "vienna"], crossBorder[0].Path.NodeKeys);
    }
}
