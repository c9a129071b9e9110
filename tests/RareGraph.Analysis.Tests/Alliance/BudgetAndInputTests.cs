using RareGraph.Analysis.Alliance;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;

namespace RareGraph.Analysis.Tests.Alliance;

public sealed class BudgetAndInputTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void Analysis_Over_The_Work_Budget_Should_End_With_Limit_Exceeded()
    {
        var options = new AllianceOptions { MaxWork = 1_000 };

        var error = Assert.Throws<RareGraphException>(
            () => AllianceAnalysis.Compute(AllianceFixtures.Random(1, 200, 600), Today, options));

        Assert.Equal(ErrorCodes.LimitExceeded, error.Code);
    }

    [Fact]
    public void Analysis_Over_The_Time_Budget_Should_End_With_Limit_Exceeded()
    {
        var options = new AllianceOptions { MaxDuration = TimeSpan.Zero };

        var error = Assert.Throws<RareGraphException>(
            () => AllianceAnalysis.Compute(AllianceFixtures.Random(2, 2_000, 8_000), Today, options));

        Assert.Equal(ErrorCodes.LimitExceeded, error.Code);
    }

    [Fact]
    public void Cancelled_Analysis_Should_Stop_With_OperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(
            () => AllianceAnalysis.Compute(AllianceFixtures.Karate(), Today, cancellationToken: cancellation.Token));
    }

    [Fact]
    public void Domain_Input_Should_Keep_Only_Alliance_Types_Valid_At_The_Date_Between_Organisations_And_Defenders()
    {
        Entity[] entities =
        [
            new Organisation("org-a", "A", OrganisationKind.Ngo),
            new Organisation("org-b", "B", OrganisationKind.Ngo),
            new Organisation("org-c", "C", OrganisationKind.Funder),
            new Defender("def-x", "X"),
            new Jurisdiction("jur-k", "K", "KE", JurisdictionKind.Country),
        ];
        Relationship[] relationships =
        [
            new("def-x", RelationshipType.AffiliatedWith, "org-a"),
            new("org-a", RelationshipType.PartnersWith, "org-b") { ValidTo = new DateOnly(2020, 1, 1) },
            new("org-a", RelationshipType.FundedBy, "org-c") { ValidFrom = new DateOnly(2026, 11, 24) },
            new("org-b", RelationshipType.AdvocatesTo, "org-c"),
            new("org-b", RelationshipType.BasedIn, "jur-k"),
        ];

        var report = AllianceAnalysis.Compute(entities, relationships, Today);

        Assert.Equal(["def-x", "org-a", "org-b", "org-c"], report.Members.Select(m => m.Key));
        Assert.Equal([1, 2, 0, 1], report.Members.Select(m => m.Degree));
        Assert.Equal(EntityLabel.Defender, report.Members[0].Label);
        Assert.True(report.Members[1].IsArticulationPoint);
        Assert.Equal(Today, report.At);
    }

    [Fact]
    public void Graph_Creation_Should_Reject_Edges_To_Unknown_Keys()
    {
        Assert.Throws<ArgumentException>(() => AllianceGraph.Create([new("a", EntityLabel.Organisation)], [("a", "zz")]));
    }
}
