using FsCheck.Xunit;
using RareGraph.Analysis.Exposure;
using RareGraph.Analysis.Spillover;
using RareGraph.Analysis.Tests.Support;

namespace RareGraph.Analysis.Tests.Spillover;

/// <summary>The initiators rule on random graphs, against the brute-force reading of the model.</summary>
public sealed class InitiatorPropertyTests
{
    [Property(MaxTest = 300)]
    public void Impact_Should_List_Initiators_Apart_And_Never_Reach_Them_Through_Their_Own_Event(int seed)
    {
        var fixture = RandomGraphs.Create(seed);
        var graph = fixture.Build();
        var brute = new BruteForceImpact(fixture);
        var maxHops = new Random(seed).Next(1, 6);
        foreach (var threat in new[] { "t", "t2" })
        {
            var at = graph.ThreatDateOf(threat)!.Value;
            var report = ImpactAnalysis.Analyze(graph, threat, new ImpactOptions { MaxHops = maxHops, MinScore = 0.01 });
            var initiators = brute.Initiators(threat, at);

            Assert.Equal(initiators.Order(StringComparer.Ordinal), report.Initiators);
            Assert.DoesNotContain(report.Affected, a => initiators.Contains(a.OrganisationKey));
            Assert.All(report.Affected, a => Assert.DoesNotContain(a.Path.NodeKeys, initiators.Contains));
            var expected = brute.Run(threat, at, maxHops)
                .Where(p => graph.OrganisationKindOf(p.Key) is not null && p.Value.Score >= 0.01)
                .Select(p => p.Key)
                .Order(StringComparer.Ordinal);
            Assert.Equal(expected, report.Affected.Select(a => a.OrganisationKey).Order(StringComparer.Ordinal));
        }
    }

    [Property(MaxTest = 200)]
    public void Exposure_Should_Never_List_An_Event_The_Organisation_Initiated(int seed)
    {
        var fixture = RandomGraphs.Create(seed);
        var graph = fixture.Build();
        var brute = new BruteForceImpact(fixture);
        foreach (var organisation in new[] { "o0", "o1", "o2", "o3" }.Where(graph.Contains))
        {
            foreach (var polarity in Enum.GetValues<Domain.Model.EventPolarity>())
            {
                foreach (var exposure in ExposureAnalysis.Analyze(graph, organisation, new ExposureOptions { MinScore = 0.01, Polarity = polarity }))
                {
                    var initiators = brute.Initiators(exposure.ThreatKey, exposure.At);
                    Assert.DoesNotContain(organisation, initiators);
                    Assert.DoesNotContain(exposure.Path.NodeKeys, initiators.Contains);
                }
            }
        }
    }
}
