using RareGraph.Analysis.Spillover;
using RareGraph.Analysis.Tests.Support;
using RareGraph.Domain.Model;
using static RareGraph.Domain.Model.RelationshipType;

namespace RareGraph.Analysis.Tests.Spillover;

public sealed class ImpactLargeGraphTests
{
    [Fact]
    public void Gathering_And_Scattering_Should_Give_The_Same_Report_On_A_Graph_Of_Thousands_Of_Organisations()
    {
        // Hundreds of thousands of inflow entries, hubs reached in several layers, windows valid and not.
        var random = new Random(7);
        var graph = new TestGraph().Threat("t");
        const int organisations = 12_000;
        OrganisationWeb.Add(graph, random, organisations, relationships: 150_000, windowedOneIn: 10, "j");

        for (var i = 0; i < 200; i++)
        {
            graph.Rel($"o{random.Next(organisations)}", BasedIn, "j");
        }

        graph.Rel("t", OccurredIn, "j").Rel("t", Targets, "o1");
        var projection = graph.Build();
        var options = new ImpactOptions { MaxHops = 4, MinScore = 0.01 };

        var scattered = ImpactAnalysis.Analyze(projection, "t", options with { Direction = LayerDirection.Scatter }).Affected;
        var gathered = ImpactAnalysis.Analyze(projection, "t", options with { Direction = LayerDirection.Gather }).Affected;
        var chosen = ImpactAnalysis.Analyze(projection, "t", options).Affected;

        var expected = scattered.Select(a => (a.OrganisationKey, a.Score, a.Hops)).ToList();
        Assert.True(expected.Count > 1000);
        Assert.Equal(expected, gathered.Select(a => (a.OrganisationKey, a.Score, a.Hops)));
        Assert.Equal(expected, chosen.Select(a => (a.OrganisationKey, a.Score, a.Hops)));
        Assert.All(gathered.Take(50), a => Assert.Equal((a.Score, a.Hops), (a.Path.Score, a.Path.Hops)));
    }

    [Fact]
    public void A_Graph_With_Too_Many_Distinct_Strengths_For_The_Inflow_Index_Should_Still_Be_Answered_By_Scattering()
    {
        // 70,000 distinct strengths on one relationship type exceed the 65,536 classes an inflow index can number.
        var graph = new TestGraph().Threat("t").Org("hub");
        for (var i = 0; i < 70_000; i++)
        {
            graph.Org($"o{i}").Rel("hub", PartnersWith, $"o{i}", 0.2 + (0.8 * (i + 1) / 70_001.0));
        }

        graph.Rel("t", Targets, "hub");
        var projection = graph.Build();

        var report = ImpactAnalysis.Analyze(projection, "t", new ImpactOptions { MaxHops = 1, MinScore = 0.05 }).Affected;

        Assert.Null(projection.InflowIndex);
        Assert.Equal(70_001, report.Count);
        Assert.Equal(("hub", 1.0), (report[0].OrganisationKey, report[0].Score));
        Assert.Equal(("o69999", 0.6 * (0.2 + (0.8 * 70_000 / 70_001.0))), (report[1].OrganisationKey, report[1].Score));
    }
}
