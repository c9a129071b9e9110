using RareGraph.Analysis.Budget;
using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Spillover;
using RareGraph.Analysis.Tests.Support;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using static RareGraph.Domain.Model.RelationshipType;

namespace RareGraph.Analysis.Tests.Spillover;

public sealed class ImpactOptionsTests
{
    private static readonly GraphProjection Chain = new TestGraph().Threat("t").Orgs("a", "b", "c")
        .Rel("t", Targets, "a").Rel("a", PartnersWith, "b").Rel("b", MemberOf, "c")
        .Build();

    [Fact]
    public void Impact_Should_Apply_Weight_Overrides()
    {
        var report = ImpactAnalysis.Analyze(Chain, "t", new ImpactOptions { Weights = [new(PartnersWith, 1.0), new(MemberOf, 0.25)] });

        Assert.Equal([1.0, 1.0, 0.25], report.Affected.Select(a => a.Score));
    }

    [Fact]
    public void Impact_Should_Switch_A_Type_Off_With_Weight_Zero()
    {
        var report = ImpactAnalysis.Analyze(Chain, "t", new ImpactOptions { Weights = [new(PartnersWith, 0)] });

        Assert.Equal(["a"], report.Affected.Select(a => a.OrganisationKey));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Impact_Should_Reject_Weights_Outside_Zero_To_One(double weight)
    {
        Expect.Error(ErrorCodes.Validation, "weights.1.weight", () =>
            ImpactAnalysis.Analyze(Chain, "t", new ImpactOptions { Weights = [new(MemberOf, 0.5), new(PartnersWith, weight)] }));
    }

    [Theory]
    [InlineData(Targets)]
    [InlineData(OccurredIn)]
    [InlineData(ModelledOn)]
    public void Impact_Should_Reject_Weights_For_Types_That_Carry_No_Spillover(RelationshipType type)
    {
        Expect.Error(ErrorCodes.Validation, "weights.0.type", () =>
            ImpactAnalysis.Analyze(Chain, "t", new ImpactOptions { Weights = [new(type, 0.5)] }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void Impact_Should_Reject_MaxHops_Out_Of_Range(int maxHops)
    {
        Expect.Error(ErrorCodes.Validation, "maxHops", () => ImpactAnalysis.Analyze(Chain, "t", new ImpactOptions { MaxHops = maxHops }));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(1.01)]
    public void Impact_Should_Reject_MinScore_Out_Of_Range(double minScore)
    {
        Expect.Error(ErrorCodes.Validation, "minScore", () => ImpactAnalysis.Analyze(Chain, "t", new ImpactOptions { MinScore = minScore }));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("a")]
    public void Impact_Should_Report_An_Unknown_Threat_As_Not_Found(string key)
    {
        Expect.Error(ErrorCodes.NotFound, "threatKey", () => ImpactAnalysis.Analyze(Chain, key));
    }

    [Fact]
    public void Impact_Should_Stop_With_Limit_Exceeded_When_The_Budget_Runs_Out()
    {
        var graph = new TestGraph().Threat("t").Org("hub").Rel("t", Targets, "hub");
        for (var i = 0; i < 10_000; i++)
        {
            graph.Org($"o{i}").Rel("hub", PartnersWith, $"o{i}");
        }

        var error = Expect.Error(ErrorCodes.LimitExceeded, null, () =>
            ImpactAnalysis.Analyze(graph.Build(), "t", null, new AnalysisBudget { MaxVisitedEdges = 100 }));
        Assert.Contains("maxHops", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Impact_Should_Honour_Cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            ImpactAnalysis.Analyze(Chain, "t", null, new AnalysisBudget { CancellationToken = cancelled.Token }));
    }
}
