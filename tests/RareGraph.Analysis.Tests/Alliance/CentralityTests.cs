using RareGraph.Analysis.Alliance;

namespace RareGraph.Analysis.Tests.Alliance;

public sealed class CentralityTests
{
    private const double Precision = 1e-9;

    [Fact]
    public void Betweenness_Of_Path_P4_Should_Match_Networkx_Normalisation()
    {
        // The middle nodes each lie on 2 of the 3·2/2 = 6 pairs' paths (endpoints excluded): 2 · 2/((4−1)(4−2)) = 2/3.
        var report = AllianceAnalysis.Compute(AllianceFixtures.Path(4), Today);

        Assert.Equal([0.0, 2.0 / 3, 2.0 / 3, 0.0], report.Members.Select(m => m.Betweenness), Tolerance);
    }

    [Fact]
    public void Betweenness_Of_Path_P5_Should_Count_Pairs_On_Either_Side()
    {
        // Node 1 splits {0} from {2,3,4}: 3 pairs; node 2 splits {0,1} from {3,4}: 4 pairs; scale 2/(4·3).
        var report = AllianceAnalysis.Compute(AllianceFixtures.Path(5), Today);

        Assert.Equal([0.0, 0.5, 4.0 / 6, 0.5, 0.0], report.Members.Select(m => m.Betweenness), Tolerance);
    }

    [Fact]
    public void Star_Hub_Should_Have_Betweenness_One_And_The_Hand_Solved_PageRank()
    {
        // Hub h, four leaves l: l = 0.15/5 + 0.85·h/4 and h = 0.15/5 + 0.85·4l, so h = 0.132 / 0.2775.
        var report = AllianceAnalysis.Compute(AllianceFixtures.Star(4), Today);
        var hub = 0.132 / 0.2775;
        var leaf = 0.03 + (0.2125 * hub);

        Assert.Equal(1.0, report.Members[0].Betweenness, Precision);
        Assert.Equal(hub, report.Members[0].PageRank, Precision);
        Assert.All(report.Members.Skip(1), m => Assert.Equal(leaf, m.PageRank, Precision));
        Assert.Equal([4, 1, 1, 1, 1], report.Members.Select(m => m.Degree));
    }

    [Fact]
    public void Karate_Betweenness_Should_Equal_Shortest_Path_Enumeration_And_Published_Values()
    {
        var graph = AllianceFixtures.Karate();
        var expected = IndependentMeasures.BetweennessByEnumeration(graph);

        var report = AllianceAnalysis.Compute(graph, Today);

        Assert.Equal(expected, report.Members.Select(m => m.Betweenness), Tolerance);

        // networkx documents these for nodes 0 and 33 of karate_club_graph(); betweenness is exact, not iterative.
        Assert.Equal(0.43763528138528146, report.Members[0].Betweenness, Precision);
        Assert.Equal(0.30407497594997596, report.Members[33].Betweenness, Precision);
    }

    [Fact]
    public void Karate_PageRank_Should_Equal_The_Exact_Linear_Solution()
    {
        var graph = AllianceFixtures.Karate();
        var expected = IndependentMeasures.PageRankBySolving(graph, 0.85);

        var report = AllianceAnalysis.Compute(graph, Today);

        Assert.Equal(expected, report.Members.Select(m => m.PageRank), Tolerance);
        Assert.Equal(1.0, report.Members.Sum(m => m.PageRank), Precision);
    }

    [Theory]
    [InlineData(1, 12, 14)]
    [InlineData(2, 25, 30)]
    [InlineData(3, 40, 90)]
    [InlineData(4, 30, 10)]
    [InlineData(5, 3, 1)]
    public void Random_Graphs_Should_Match_Independent_Betweenness_And_PageRank(int seed, int nodes, int edges)
    {
        var graph = AllianceFixtures.Random(seed, nodes, edges);

        var report = AllianceAnalysis.Compute(graph, Today);

        Assert.Equal(IndependentMeasures.BetweennessByEnumeration(graph), report.Members.Select(m => m.Betweenness), Tolerance);
        Assert.Equal(IndependentMeasures.PageRankBySolving(graph, 0.85), report.Members.Select(m => m.PageRank), Tolerance);
    }

    [Fact]
    public void PageRank_Should_Spread_Dangling_Mass_Uniformly_Over_Isolated_Nodes()
    {
        var graph = AllianceFixtures.Numbered(3, []);

        var report = AllianceAnalysis.Compute(graph, Today);

        Assert.All(report.Members, m => Assert.Equal(1.0 / 3, m.PageRank, Precision));
    }

    [Fact]
    public void PageRank_With_Networkx_Tolerance_Should_Stay_Within_It_Of_The_Exact_Solution()
    {
        var graph = AllianceFixtures.Karate();
        var options = new AllianceOptions { PageRankTolerance = 1e-6, PageRankMaxIterations = 100 };

        var report = AllianceAnalysis.Compute(graph, Today, options);

        Assert.InRange(report.PageRankIterations, 2, 100);
        Assert.Equal(IndependentMeasures.PageRankBySolving(graph, 0.85), report.Members.Select(m => m.PageRank), LooseTolerance);
    }

    private static DateOnly Today => new(2026, 11, 24);

    private static IEqualityComparer<double> Tolerance { get; } = new WithinTolerance(Precision);

    private static IEqualityComparer<double> LooseTolerance { get; } = new WithinTolerance(1e-4);
}
