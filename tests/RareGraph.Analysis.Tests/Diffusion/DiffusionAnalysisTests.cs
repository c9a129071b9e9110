using RareGraph.Analysis.Budget;
using RareGraph.Analysis.Diffusion;
using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Tests.Support;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using static RareGraph.Domain.Model.RelationshipType;

namespace RareGraph.Analysis.Tests.Diffusion;

public sealed class DiffusionAnalysisTests
{
    private static readonly GraphProjection Lineage = new TestGraph()
        .Jurisdiction("ru").Jurisdiction("hu").Jurisdiction("ge").Jurisdiction("kg")
        .Threat("ru-law", new DateOnly(2012, 7, 20)).Threat("hu-law", new DateOnly(2021, 6, 15))
        .Threat("ge-law", new DateOnly(2024, 5, 28)).Threat("ge-response", new DateOnly(2024, 6, 10))
        .Threat("kg-law", new DateOnly(2024, 4, 2))
        .Rel("ru-law", OccurredIn, "ru").Rel("hu-law", OccurredIn, "hu").Rel("ge-law", OccurredIn, "ge")
        .Rel("ge-response", OccurredIn, "ge").Rel("kg-law", OccurredIn, "kg")
        .Rel("hu-law", ModelledOn, "ru-law").Rel("ge-law", ModelledOn, "hu-law")
        .Rel("ge-response", ResponseTo, "ge-law").Rel("kg-law", Cited, "ru-law")
        .Build();

    [Fact]
    public void Diffusion_Should_Trace_Ancestors_With_Negative_Lag()
    {
        var report = DiffusionAnalysis.Trace(Lineage, "hu-law");

        var ancestor = Assert.Single(report.Ancestors);
        Assert.Equal(("ru-law", 1, -3252), (ancestor.ThreatKey, ancestor.Depth, ancestor.LagDays));
        Assert.Equal([new RelationshipKey("hu-law", ModelledOn, "ru-law")], ancestor.Links);
        Assert.Equal(["hu", "ru"], ancestor.JurisdictionsCrossed);
        Assert.Equal(["hu"], report.Jurisdictions);
    }

    [Fact]
    public void Diffusion_Should_Trace_Descendants_Through_Several_Link_Types_With_Positive_Lag()
    {
        var report = DiffusionAnalysis.Trace(Lineage, "hu-law");

        Assert.Equal(["ge-law", "ge-response"], report.Descendants.Select(d => d.ThreatKey));
        Assert.Equal([1078, 1091], report.Descendants.Select(d => d.LagDays));
        Assert.Equal([1, 2], report.Descendants.Select(d => d.Depth));
        Assert.Equal([ModelledOn, ResponseTo], report.Descendants[1].Links.Select(l => l.Type));
        Assert.Equal(["hu", "ge"], report.Descendants[1].JurisdictionsCrossed);
    }

    [Fact]
    public void Diffusion_Should_Not_List_Siblings_That_Share_Only_An_Ancestor()
    {
        var report = DiffusionAnalysis.Trace(Lineage, "ru-law");

        Assert.Empty(report.Ancestors);
        Assert.Equal(["hu-law", "kg-law", "ge-law", "ge-response"], report.Descendants.Select(d => d.ThreatKey));
        Assert.DoesNotContain(DiffusionAnalysis.Trace(Lineage, "hu-law").Descendants, d => d.ThreatKey == "kg-law");
    }

    [Fact]
    public void Diffusion_Should_Survive_A_Cycle_Of_Links()
    {
        var graph = new TestGraph().Threat("a").Threat("b", TestGraph.Day.AddDays(3))
            .Rel("a", SameCampaign, "b").Rel("b", SameCampaign, "a").Build();

        var report = DiffusionAnalysis.Trace(graph, "a");

        Assert.Equal(3, Assert.Single(report.Ancestors).LagDays);
        Assert.Equal("b", Assert.Single(report.Descendants).ThreatKey);
    }

    [Fact]
    public void Diffusion_Should_Report_Unknown_Threats_And_Respect_The_Budget()
    {
        Expect.Error(ErrorCodes.NotFound, "threatKey", () => DiffusionAnalysis.Trace(Lineage, "ru"));

        var chain = new TestGraph().Threat("x0");
        for (var i = 1; i < 10_000; i++)
        {
            chain.Threat($"x{i}").Rel($"x{i}", Cited, $"x{i - 1}");
        }

        Expect.Error(ErrorCodes.LimitExceeded, null, () =>
            DiffusionAnalysis.Trace(chain.Build(), "x0", new AnalysisBudget { MaxVisitedEdges = 5000 }));
    }

    [Fact]
    public void Diffusion_Should_Give_The_Lag_With_The_Coarser_Precision_Of_Its_Two_Dates()
    {
        var graph = new TestGraph().Threat("later", new DateOnly(2024, 5, 28)).Threat("exact", new DateOnly(2023, 1, 10))
            .Add(new Threat("monthly", "monthly", ThreatCategory.Legislation, new DateOnly(2022, 3, 1)) { DatePrecision = DatePrecision.Month })
            .Rel("later", ModelledOn, "exact").Rel("exact", Cited, "monthly")
            .Build();

        var ancestors = DiffusionAnalysis.Trace(graph, "later").Ancestors;

        Assert.Equal([("exact", DatePrecision.Day), ("monthly", DatePrecision.Month)], ancestors.Select(a => (a.ThreatKey, a.LagPrecision)));
        Assert.Equal(DatePrecision.Month, Assert.Single(DiffusionAnalysis.Trace(graph, "monthly").Descendants, d => d.ThreatKey == "exact").LagPrecision);
    }

    [Fact]
    public void Diffusion_As_Of_A_Date_Should_Leave_Out_Later_Events_And_Links_Below_MinConfidence()
    {
        var graph = new TestGraph()
            .Threat("ru-law", new DateOnly(2012, 7, 20)).Threat("hu-law", new DateOnly(2021, 6, 15)).Threat("ge-law", new DateOnly(2024, 5, 28))
            .Threat("kg-law", new DateOnly(2024, 4, 2))
            .Rel("hu-law", ModelledOn, "ru-law").Rel("ge-law", ModelledOn, "hu-law").Rel("kg-law", Cited, "ru-law", confidence: 0.4)
            .Build();

        Assert.Equal(["hu-law", "kg-law", "ge-law"], DiffusionAnalysis.Trace(graph, "ru-law").Descendants.Select(d => d.ThreatKey));
        Assert.Equal(
            ["hu-law"],
            DiffusionAnalysis.Trace(graph, "ru-law", new DiffusionOptions { At = new DateOnly(2023, 1, 1) }).Descendants.Select(d => d.ThreatKey));
        Assert.Equal(
            ["hu-law", "ge-law"],
            DiffusionAnalysis.Trace(graph, "ru-law", new DiffusionOptions { MinConfidence = 0.6 }).Descendants.Select(d => d.ThreatKey));
    }
}
