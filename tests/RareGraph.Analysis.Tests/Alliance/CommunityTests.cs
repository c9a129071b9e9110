using RareGraph.Analysis.Alliance;

namespace RareGraph.Analysis.Tests.Alliance;

public sealed class CommunityTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void Two_Cliques_Joined_By_One_Edge_Should_Form_Two_Communities()
    {
        var report = AllianceAnalysis.Compute(AllianceFixtures.TwoCliquesJoined(5), Today);

        Assert.Equal(2, report.Communities.Count);
        Assert.Equal(["n000000", "n000001", "n000002", "n000003", "n000004"], report.Communities[0].MemberKeys);
        Assert.Equal(["n000005", "n000006", "n000007", "n000008", "n000009"], report.Communities[1].MemberKeys);
    }

    [Fact]
    public void Two_Triangles_With_A_Bridge_Should_Have_Modularity_Five_Fourteenths()
    {
        // m = 7; each triangle: 6 internal half-edges and degree total 7, so Q = 2 · (6/14 − (7/14)²) = 5/14.
        var report = AllianceAnalysis.Compute(AllianceFixtures.TwoTrianglesWithBridge(), Today);

        Assert.Equal(2, report.Communities.Count);
        Assert.Equal(5.0 / 14, report.Modularity, 1e-12);
    }

    [Fact]
    public void Communities_Should_Be_The_Same_On_Every_Run_And_For_Any_Input_Order()
    {
        var graph = AllianceFixtures.Random(7, 300, 900);
        var reversed = AllianceGraph.Create(
            Enumerable.Range(0, 300).Reverse().Select(i => new AllianceNode(AllianceFixtures.Key(i), Domain.Model.EntityLabel.Organisation)),
            Enumerable.Range(0, graph.NodeCount)
                .SelectMany(v => graph.Neighbours(v).ToArray().Select(w => (AllianceFixtures.Key(w), AllianceFixtures.Key(v))))
                .Reverse());

        var first = AllianceAnalysis.Compute(graph, Today);
        var second = AllianceAnalysis.Compute(graph, Today);
        var fromReversed = AllianceAnalysis.Compute(reversed, Today);

        Assert.Equal(first.Members.Select(m => m.CommunityId), second.Members.Select(m => m.CommunityId));
        Assert.Equal(first.Members.Select(m => m.CommunityId), fromReversed.Members.Select(m => m.CommunityId));
        Assert.Equal(first.Modularity, fromReversed.Modularity);
    }

    [Fact]
    public void Reported_Modularity_Should_Equal_The_Modularity_Of_The_Reported_Communities()
    {
        var graph = AllianceFixtures.Karate();

        var report = AllianceAnalysis.Compute(graph, Today);

        Assert.Equal(ModularityFromDefinition(graph, report), report.Modularity, 1e-12);

        // The best partition of the karate club has Q ≈ 0.4198 (Brandes et al. 2008, by integer programming); Louvain
        // reaches 0.41 to 0.42 on it.
        Assert.InRange(report.Modularity, 0.40, 0.4198);
    }

    [Fact]
    public void Another_Seed_May_Change_The_Order_Of_Moves_But_Still_Finds_Two_Cliques()
    {
        var options = new AllianceOptions { CommunitySeed = 99 };

        var report = AllianceAnalysis.Compute(AllianceFixtures.TwoCliquesJoined(6), Today, options);

        Assert.Equal([6, 6], report.Communities.Select(c => c.Size));
    }

    [Fact]
    public void A_Graph_Without_Edges_Should_Have_Singleton_Communities_And_Zero_Modularity()
    {
        var report = AllianceAnalysis.Compute(AllianceFixtures.Numbered(3, []), Today);

        Assert.Equal(3, report.Communities.Count);
        Assert.Equal(0.0, report.Modularity);
    }

    /// <summary>Q = (1/2m) Σ_ij [A_ij − k_i·k_j/2m] δ(c_i, c_j), summed over all ordered node pairs.</summary>
    private static double ModularityFromDefinition(AllianceGraph graph, AllianceReport report)
    {
        var n = graph.NodeCount;
        var twoM = 2.0 * graph.EdgeCount;
        var q = 0.0;
        for (var i = 0; i < n; i++)
        {
            var neighbours = graph.Neighbours(i).ToArray();
            for (var j = 0; j < n; j++)
            {
                if (report.Members[i].CommunityId != report.Members[j].CommunityId)
                {
                    continue;
                }

                var a = neighbours.Contains(j) ? 1.0 : 0.0;
                q += a - (graph.Degree(i) * graph.Degree(j) / twoM);
            }
        }

        return q / twoM;
    }
}
