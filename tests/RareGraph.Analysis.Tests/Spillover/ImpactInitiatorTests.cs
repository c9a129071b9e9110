using RareGraph.Analysis.Spillover;
using RareGraph.Analysis.Tests.Support;
using RareGraph.Domain.Model;
using static RareGraph.Domain.Model.RelationshipType;

namespace RareGraph.Analysis.Tests.Spillover;

public sealed class ImpactInitiatorTests
{
    /// <summary>A Hungarian law passed by the government and enforced by an office it created that year.</summary>
    private static TestGraph Hungary() => new TestGraph()
        .Threat("act", new DateOnly(2023, 12, 12)).Threat("raid", new DateOnly(2024, 2, 1))
        .Jurisdiction("hu")
        .Org("gov", OrganisationKind.Government).Org("office", OrganisationKind.Government).Orgs("ngo", "ally")
        .Provenance("office", validFrom: new DateOnly(2023, 12, 12))
        .Rel("act", OccurredIn, "hu").Rel("act", InitiatedBy, "gov").Rel("act", InitiatedBy, "office")
        .Rel("gov", Governs, "hu").Rel("office", BasedIn, "hu").Rel("ngo", BasedIn, "hu")
        .Rel("gov", PartnersWith, "ally")
        .Rel("raid", Targets, "ngo").Rel("ngo", PartnersWith, "office");

    [Fact]
    public void Impact_Should_List_Initiators_Apart_And_Not_Among_The_Affected()
    {
        var report = ImpactAnalysis.Analyze(Hungary().Build(), "act");

        Assert.Equal(["gov", "office"], report.Initiators);
        Assert.Equal(["ngo"], report.Affected.Select(a => a.OrganisationKey));
        Expect.Close(0.9, report.Affected[0].Score);
    }

    [Fact]
    public void Spill_Over_Should_Not_Pass_Through_An_Initiator_Of_The_Event()
    {
        // The ally is reached only through the government that passed the law.
        var report = ImpactAnalysis.Analyze(Hungary().Build(), "act", new ImpactOptions { MinScore = 0.01 });

        Assert.DoesNotContain(report.Affected, a => a.OrganisationKey == "ally");
    }

    [Fact]
    public void An_Initiator_Should_Still_Be_Affected_By_Other_Events()
    {
        var report = ImpactAnalysis.Analyze(Hungary().Build(), "raid");

        Assert.Empty(report.Initiators);
        Assert.Contains(report.Affected, a => a.OrganisationKey == "office");
    }

    [Fact]
    public void An_Initiator_That_Is_Also_Targeted_Should_Not_Be_A_Seed()
    {
        var graph = new TestGraph().Threat("slapp").Orgs("claimant", "paper", "partner")
            .Rel("slapp", InitiatedBy, "claimant").Rel("slapp", Targets, "claimant").Rel("slapp", Targets, "paper")
            .Rel("claimant", PartnersWith, "partner")
            .Build();

        var report = ImpactAnalysis.Analyze(graph, "slapp");

        Assert.Equal(["claimant"], report.Initiators);
        Assert.Equal(["paper"], report.Affected.Select(a => a.OrganisationKey));
    }

    [Fact]
    public void Impact_As_Of_A_Date_Before_An_Entity_Existed_Should_Not_Mention_It()
    {
        var report = ImpactAnalysis.Analyze(Hungary().Build(), "act", new ImpactOptions { At = new DateOnly(2020, 1, 1), MinScore = 0.01 });

        Assert.Equal(["gov"], report.Initiators);
        Assert.DoesNotContain(report.Affected, a => a.OrganisationKey == "office" || a.Path.NodeKeys.Contains("office"));
    }

    [Fact]
    public void Impact_Should_Say_Whether_The_Event_Is_Restrictive_Or_Protective()
    {
        var graph = new TestGraph().Threat("law").Threat("ruling", polarity: EventPolarity.Protective).Org("ngo")
            .Rel("law", Targets, "ngo").Rel("ruling", Targets, "ngo").Build();

        Assert.Equal(EventPolarity.Restrictive, ImpactAnalysis.Analyze(graph, "law").Polarity);
        var ruling = ImpactAnalysis.Analyze(graph, "ruling");
        Assert.Equal(EventPolarity.Protective, ruling.Polarity);
        Assert.Equal(["ngo"], ruling.Affected.Select(a => a.OrganisationKey));
    }

    [Fact]
    public void MinConfidence_Should_Remove_Links_And_Entities_Below_It()
    {
        var graph = new TestGraph().Threat("law").Jurisdiction("hu").Orgs("ngo", "invented", "partner")
            .Rel("law", OccurredIn, "hu").Rel("ngo", BasedIn, "hu")
            .Rel("ngo", PartnersWith, "partner", confidence: 0.4)
            .Rel("invented", BasedIn, "hu").Provenance("invented", confidence: 0.5)
            .Build();

        Assert.Equal(["invented", "ngo", "partner"], ImpactAnalysis.Analyze(graph, "law").Affected.Select(a => a.OrganisationKey).Order());
        Assert.Equal(["ngo"], ImpactAnalysis.Analyze(graph, "law", new ImpactOptions { MinConfidence = 0.6 }).Affected.Select(a => a.OrganisationKey));
        Expect.Error(Domain.Errors.ErrorCodes.Validation, "minConfidence", () =>
            ImpactAnalysis.Analyze(graph, "law", new ImpactOptions { MinConfidence = -0.1 }));
    }
}
