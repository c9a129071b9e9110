using RareGraph.Analysis.AllianceWork;
using RareGraph.Domain.Model;
using static RareGraph.Domain.Model.RelationshipType;

namespace RareGraph.Analysis.Tests.AllianceWork;

public sealed class NetworkGrowthAnalysisTests
{
    private static readonly Camp[] Camps =
    [
        new("camp:2", "Two") { StartsOn = new(2024, 9, 1) },
        new("camp:1", "One") { StartsOn = new(2024, 3, 1) },
        new("camp:undated", "Undated"),
    ];

    private static readonly HashSet<string> Members = ["a", "b"];

    [Fact]
    public void Growth_Should_Count_Ties_Begun_And_Ended_In_Each_Camp_Period_From_A_Baseline()
    {
        Relationship[] ties =
        [
            new("a", PartnersWith, "x"),
            new("a", MemberOf, "y") { ValidFrom = new(2024, 3, 1) },
            new("b", PartnersWith, "y") { ValidFrom = new(2024, 8, 31) },
            new("b", FundedBy, "x") { ValidFrom = new(2024, 9, 1), ValidTo = new(2025, 1, 1) },
            new("x", PartnersWith, "y") { ValidFrom = new(2024, 4, 1) },
            new("a", AdvocatesTo, "y") { ValidFrom = new(2024, 4, 1) },
        ];

        var report = Compute(ties, programmeEndsOn: new DateOnly(2025, 6, 30));

        Assert.Equal((2, 1), (report.Members, report.Baseline));
        Assert.Equal(["camp:1", "camp:2"], report.Periods.Select(p => p.Camp.Key));
        Assert.Equal((new DateOnly(2024, 8, 31), new DateOnly(2025, 6, 30)), (report.Periods[0].To!.Value, report.Periods[1].To!.Value));
        Assert.Equal([(2, 0, 3), (1, 1, 3)], report.Periods.Select(p => (p.Created, p.Ended, p.Total)));
        Assert.Equal([KeyValuePair.Create(MemberOf, 1), KeyValuePair.Create(PartnersWith, 1)], report.Periods[0].CreatedByType);
    }

    [Fact]
    public void Growth_Should_Leave_Out_Ties_And_Ends_Less_Sure_Than_The_Minimum()
    {
        Relationship[] ties =
        [
            new("a", PartnersWith, "x") { ValidFrom = new(2024, 4, 1), Confidence = 0.4 },
            new("a", PartnersWith, "unsure") { ValidFrom = new(2024, 4, 1) },
            new("a", PartnersWith, "gone") { ValidFrom = new(2024, 4, 1) },
            new("b", PartnersWith, "x") { ValidFrom = new(2024, 4, 1) },
        ];

        var report = Compute(ties, minConfidence: 0.5);

        Assert.Equal(1, report.Periods[0].Created);
        Assert.Null(report.Periods[1].To);
    }

    [Fact]
    public void Growth_Without_Dated_Camps_Should_Have_No_Periods()
    {
        var report = NetworkGrowthAnalysis.Compute([Camps[2]], null, Members, [], _ => (true, null), NetworkGrowthAnalysis.AllianceTypes, 0);

        Assert.Empty(report.Periods);
    }

    private static NetworkGrowthReport Compute(Relationship[] ties, DateOnly? programmeEndsOn = null, double minConfidence = 0) =>
        NetworkGrowthAnalysis.Compute(
            Camps,
            programmeEndsOn,
            Members,
            ties,
            key => key switch { "gone" => (false, null), "unsure" => (true, 0.1), _ => (true, null) },
            NetworkGrowthAnalysis.AllianceTypes,
            minConfidence);
}
