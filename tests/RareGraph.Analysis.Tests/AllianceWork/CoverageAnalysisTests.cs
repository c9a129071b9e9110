using RareGraph.Analysis.AllianceWork;
using RareGraph.Analysis.Spillover;
using RareGraph.Analysis.Tests.Support;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using static RareGraph.Domain.Model.RelationshipType;

namespace RareGraph.Analysis.Tests.AllianceWork;

public sealed class CoverageAnalysisTests
{
    private static readonly DateOnly At = new(2025, 1, 1);

    private static readonly ImpactReport Impact = ImpactAnalysis.Analyze(
        new TestGraph().Threat("t").Jurisdiction("hu").Org("ngo")
            .Org("gov", OrganisationKind.Government).Org("eu", OrganisationKind.Multilateral).Org("parl", OrganisationKind.Parliament)
            .Rel("t", OccurredIn, "hu").Rel("t", Targets, "ngo")
            .Rel("gov", Governs, "hu").Rel("ngo", AdvocatesTo, "eu").Rel("parl", Governs, "hu", strength: 0.5)
            .Build(),
        "t",
        new ImpactOptions { Kinds = CoverageAnalysis.AdvocacyTargets.ToList() });

    [Fact]
    public void Coverage_Should_Keep_The_Impact_Order_And_Mark_Bodies_No_Active_Campaign_Advocates_To()
    {
        var campaigns = new[] { Active("c:eu") };
        var links = new[] { new Relationship("c:eu", AdvocatesTo, "eu") };

        var coverage = CoverageAnalysis.Assess(Impact, campaigns, links, new AsOf(At));

        Assert.Equal(["gov", "parl", "eu"], coverage.Select(c => c.Body.OrganisationKey));
        Assert.Equal([true, true, false], coverage.Select(c => c.Uncovered));
        Assert.Equal(["c:eu"], coverage[2].CampaignKeys);
    }

    [Theory]
    [InlineData(CampaignStatus.Planned)]
    [InlineData(CampaignStatus.Paused)]
    [InlineData(CampaignStatus.Ended)]
    public void Only_Active_Campaigns_Should_Cover_A_Body(CampaignStatus status)
    {
        var coverage = CoverageAnalysis.Assess(Impact, [Active("c") with { Status = status }], [new Relationship("c", AdvocatesTo, "gov")], new AsOf(At));

        Assert.All(coverage, c => Assert.True(c.Uncovered));
    }

    [Fact]
    public void A_Campaign_Should_Cover_Only_Within_Its_Dates_Its_Links_Validity_And_The_Minimum_Confidence()
    {
        Campaign[] campaigns =
        [
            Active("c:later") with { StartsOn = At.AddDays(1) },
            Active("c:over") with { EndsOn = At.AddDays(-1) },
            Active("c:unsure") with { Confidence = 0.4 },
            Active("c:link-ended"),
            Active("c:link-unsure"),
        ];
        Relationship[] links =
        [
            new("c:later", AdvocatesTo, "gov"),
            new("c:over", AdvocatesTo, "gov"),
            new("c:unsure", AdvocatesTo, "gov"),
            new("c:link-ended", AdvocatesTo, "gov") { ValidTo = At.AddDays(-1) },
            new("c:link-unsure", AdvocatesTo, "gov") { Confidence = 0.3 },
        ];

        var coverage = CoverageAnalysis.Assess(Impact, campaigns, links, new AsOf(At, 0.5));

        Assert.True(coverage.Single(c => c.Body.OrganisationKey == "gov").Uncovered);
    }

    [Fact]
    public void Responding_Campaigns_Should_Be_Those_Covering_The_Body_That_Answer_This_Event()
    {
        var links = new[]
        {
            new Relationship("c:a", AdvocatesTo, "gov"), new Relationship("c:b", AdvocatesTo, "gov"),
            new Relationship("c:a", RespondsTo, "t"), new Relationship("c:b", RespondsTo, "other"),
        };

        var gov = CoverageAnalysis.Assess(Impact, [Active("c:b"), Active("c:a")], links, new AsOf(At)).Single(c => c.Body.OrganisationKey == "gov");

        Assert.Equal(["c:a", "c:b"], gov.CampaignKeys);
        Assert.Equal(["c:a"], gov.RespondingCampaignKeys);
    }

    [Fact]
    public void A_Minimum_Confidence_Outside_Zero_To_One_Should_Be_A_Validation_Error()
    {
        var error = Assert.Throws<RareGraphException>(() => new AsOf(At, 1.5));

        Assert.Equal((ErrorCodes.Validation, "minConfidence"), (error.Code, error.Field));
    }

    private static Campaign Active(string key) => new(key, key) { Status = CampaignStatus.Active };
}
