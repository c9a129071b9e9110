using RareGraph.Analysis.Alliance;

namespace RareGraph.Analysis.Tests.Alliance;

public sealed class StructureTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void The_Bridge_Ends_Between_Two_Triangles_Should_Be_The_Only_Articulation_Points()
    {
        var report = AllianceAnalysis.Compute(AllianceFixtures.TwoTrianglesWithBridge(), Today);

        Assert.Equal([false, false, true, true, false, false], report.Members.Select(m => m.IsArticulationPoint));
        Assert.Equal([0, 0, 0.6, 0.6, 0, 0], report.Members.Select(m => m.Betweenness), new WithinTolerance(1e-12));
    }

    [Fact]
    public void Path_Inner_Nodes_And_Star_Hub_Should_Be_Articulation_Points_But_Cycle_Nodes_Not()
    {
        Assert.Equal([false, true, true, true, false], AllianceAnalysis.Compute(AllianceFixtures.Path(5), Today)
            .Members.Select(m => m.IsArticulationPoint));
        Assert.Equal([true, false, false, false], AllianceAnalysis.Compute(AllianceFixtures.Star(3), Today)
            .Members.Select(m => m.IsArticulationPoint));
        var cycle = AllianceFixtures.Numbered(5, [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0)]);
        Assert.DoesNotContain(AllianceAnalysis.Compute(cycle, Today).Members, m => m.IsArticulationPoint);
    }

    [Theory]
    [InlineData(11, 20, 22)]
    [InlineData(12, 40, 45)]
    [InlineData(13, 60, 140)]
    [InlineData(14, 50, 30)]
    public void Articulation_Points_Should_Equal_Those_Found_By_Deleting_Each_Node(int seed, int nodes, int edges)
    {
        var graph = AllianceFixtures.Random(seed, nodes, edges);

        var report = AllianceAnalysis.Compute(graph, Today);

        Assert.Equal(IndependentMeasures.CutVerticesByDeletion(graph), report.Members.Select(m => m.IsArticulationPoint));
        Assert.Equal(IndependentMeasures.ComponentCount(graph, removed: -1), report.Components.Count);
    }

    [Fact]
    public void Articulation_Search_Should_Not_Overflow_The_Stack_On_A_Long_Chain()
    {
        const int length = 300_000;
        var cuts = ArticulationPoints.Compute(AllianceFixtures.Path(length), WorkBudget.Unlimited());

        Assert.False(cuts[0]);
        Assert.False(cuts[length - 1]);
        Assert.Equal(length - 2, cuts.Count(c => c));
    }

    [Fact]
    public void Components_Should_Be_Numbered_By_Size_Then_Smallest_Key()
    {
        // {0,1}, {2}, {3,4,5}, {6,7}: the triple first, then the pairs by smallest key, then the singleton.
        var graph = AllianceFixtures.Numbered(8, [(0, 1), (3, 4), (4, 5), (6, 7)]);

        var report = AllianceAnalysis.Compute(graph, Today);

        Assert.Equal([3, 2, 2, 1], report.Components.Select(c => c.Size));
        Assert.Equal(["n000003", "n000004", "n000005"], report.Components[0].MemberKeys);
        Assert.Equal(["n000000", "n000001"], report.Components[1].MemberKeys);
        Assert.Equal(["n000006", "n000007"], report.Components[2].MemberKeys);
        Assert.Equal([1, 1, 3, 0, 0, 0, 2, 2], report.Members.Select(m => m.ComponentId));
    }

    [Fact]
    public void Members_Should_Be_In_Key_Order_Whatever_The_Input_Order()
    {
        var graph = AllianceGraph.Create(
            [new("b", Domain.Model.EntityLabel.Organisation), new("c", Domain.Model.EntityLabel.Defender), new("a", Domain.Model.EntityLabel.Organisation)],
            [("c", "a"), ("a", "b"), ("b", "a"), ("a", "a")]);

        var report = AllianceAnalysis.Compute(graph, Today);

        Assert.Equal(["a", "b", "c"], report.Members.Select(m => m.Key));
        Assert.Equal([2, 1, 1], report.Members.Select(m => m.Degree));
        Assert.Equal(2, report.EdgeCount);
    }
}
