using RareGraph.Analysis.Paths;
using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Tests.Support;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using static RareGraph.Domain.Model.RelationshipType;

namespace RareGraph.Analysis.Tests.Paths;

public sealed class PathSearchTests
{
    private static readonly DateOnly Today = TestGraph.Day;

    private static readonly GraphProjection Web = new TestGraph().Orgs("a", "b", "c", "d", "f", "x", "e")
        .Rel("a", PartnersWith, "b").Rel("b", PartnersWith, "e")                 // 0.36, 2 hops
        .Rel("a", PartnersWith, "f").Rel("f", PartnersWith, "e")                 // 0.36, 2 hops, after b by key
        .Rel("a", PartnersWith, "c").Rel("c", PartnersWith, "e", strength: 0.5)  // 0.18, 2 hops
        .Rel("a", PartnersWith, "d").Rel("d", PartnersWith, "x").Rel("x", PartnersWith, "e") // 0.216, 3 hops
        .Build();

    private static List<string> Joined(IReadOnlyList<Analysis.Spillover.SpilloverPath> paths) =>
        paths.Select(p => string.Join(">", p.NodeKeys)).ToList();

    [Fact]
    public void Paths_Should_Come_By_Score_Then_Hops_Then_Key_Order_By_Default()
    {
        var paths = PathSearch.FindPaths(Web, new PathOptions("a", "e") { K = 4 }, Today);

        Assert.Equal(["a>b>e", "a>f>e", "a>d>x>e", "a>c>e"], Joined(paths));
        Assert.Equal([2, 2, 3, 2], paths.Select(p => p.Hops));
        Expect.Close(0.216, paths[2].Score);
        Expect.Close(0.18, paths[3].Score);
    }

    [Fact]
    public void Paths_Should_Rank_A_Stronger_Longer_Path_Above_A_Weaker_Shorter_One()
    {
        // The example: a 4-step path of 0.41 (0.8^4) before a 3-step path of 0.216 (0.6^3).
        var graph = new TestGraph().Orgs("a", "b", "c", "e").Defender("d1").Defender("d2").Org("m")
            .Rel("a", PartnersWith, "b").Rel("b", PartnersWith, "c").Rel("c", PartnersWith, "e")
            .Rel("d1", AffiliatedWith, "a").Rel("d1", AffiliatedWith, "m").Rel("d2", AffiliatedWith, "m").Rel("d2", AffiliatedWith, "e")
            .Build();

        var byScore = PathSearch.FindPaths(graph, new PathOptions("a", "e") { K = 2 }, Today);
        var byHops = PathSearch.FindPaths(graph, new PathOptions("a", "e") { K = 2, Ranking = PathRanking.Hops }, Today);

        Assert.Equal(["a>d1>m>d2>e", "a>b>c>e"], Joined(byScore));
        Expect.Close(0.4096, byScore[0].Score);
        Assert.Equal(["a>b>c>e", "a>d1>m>d2>e"], Joined(byHops));
    }

    [Fact]
    public void Paths_Should_Come_By_Hops_Then_Score_Then_Key_Order_When_Asked()
    {
        var paths = PathSearch.FindPaths(Web, new PathOptions("a", "e") { K = 4, Ranking = PathRanking.Hops }, Today);

        Assert.Equal(["a>b>e", "a>f>e", "a>c>e", "a>d>x>e"], Joined(paths));
        Assert.Equal([2, 2, 2, 3], paths.Select(p => p.Hops));
        Expect.Close(0.36, paths[0].Score);
        Expect.Close(0.18, paths[2].Score);
        Expect.Close(0.216, paths[3].Score);
        Assert.Equal([new RelationshipKey("a", PartnersWith, "b"), new RelationshipKey("b", PartnersWith, "e")], paths[0].Relationships);
    }

    [Fact]
    public void Paths_Should_Stop_At_K_And_At_MaxHops()
    {
        Assert.Equal(["a>b>e"], Joined(PathSearch.FindPaths(Web, new PathOptions("a", "e") { K = 1 }, Today)));
        Assert.Equal(3, PathSearch.FindPaths(Web, new PathOptions("a", "e") { K = 10, MaxHops = 2 }, Today).Count);
    }

    [Fact]
    public void Paths_Should_Return_All_Simple_Paths_When_K_Exceeds_Them()
    {
        // Besides the four above, walks through e's neighbours back to e are not simple; b>e>f>... would revisit e.
        var paths = PathSearch.FindPaths(Web, new PathOptions("a", "e") { K = 20, MaxHops = 8 }, Today);

        Assert.Equal(4, paths.Count);
    }

    [Fact]
    public void Paths_Should_Follow_Flow_Directions_Unless_Undirected()
    {
        var graph = new TestGraph().Org("ngo").Org("gov", OrganisationKind.Government).Threat("t")
            .Rel("ngo", AdvocatesTo, "gov").Rel("t", Targets, "ngo").Build();

        Assert.Single(PathSearch.FindPaths(graph, new PathOptions("ngo", "gov"), Today));
        Assert.Empty(PathSearch.FindPaths(graph, new PathOptions("gov", "ngo"), Today));
        Assert.Empty(PathSearch.FindPaths(graph, new PathOptions("gov", "t"), Today));

        var back = Assert.Single(PathSearch.FindPaths(graph, new PathOptions("gov", "ngo") { Undirected = true }, Today));
        Expect.Close(0.3, back.Score);
        var fromThreat = Assert.Single(PathSearch.FindPaths(graph, new PathOptions("t", "gov") { Undirected = true }, Today));
        Assert.Equal(["t", "ngo", "gov"], fromThreat.NodeKeys);
        Assert.Equal(0.0, fromThreat.Score);
    }

    [Fact]
    public void Paths_From_An_Event_Should_Start_Through_Its_Seeds_And_Avoid_Its_Initiators()
    {
        var graph = new TestGraph().Threat("law").Jurisdiction("hu").Org("gov", OrganisationKind.Government).Orgs("ngo", "ally")
            .Rel("law", OccurredIn, "hu").Rel("law", InitiatedBy, "gov").Rel("law", Targets, "ngo")
            .Rel("gov", Governs, "hu").Rel("gov", PartnersWith, "ally").Rel("ngo", PartnersWith, "ally")
            .Build();

        var paths = PathSearch.FindPaths(graph, new PathOptions("law", "ally") { K = 5 }, Today);

        // law > hu > gov > ally would pass through the law's own initiator.
        var only = Assert.Single(paths);
        Assert.Equal(["law", "ngo", "ally"], only.NodeKeys);
        Assert.Equal(new RelationshipKey("law", Targets, "ngo"), only.Relationships[0]);
        Expect.Close(0.6, only.Score);
        Assert.Empty(PathSearch.FindPaths(graph, new PathOptions("law", "gov"), Today));
        Assert.Equal(["ngo", "ally", "gov"], Assert.Single(PathSearch.FindPaths(graph, new PathOptions("ngo", "gov"), Today)).NodeKeys);
    }

    [Fact]
    public void Paths_Should_Leave_Out_Relationships_And_Entities_Below_MinConfidence()
    {
        var graph = new TestGraph().Orgs("a", "b", "c", "e")
            .Rel("a", PartnersWith, "e", confidence: 0.4)
            .Rel("a", PartnersWith, "b").Rel("b", PartnersWith, "e")
            .Rel("a", PartnersWith, "c").Rel("c", PartnersWith, "e")
            .Provenance("c", confidence: 0.5)
            .Build();

        Assert.Equal(["a>e", "a>b>e", "a>c>e"], Joined(PathSearch.FindPaths(graph, new PathOptions("a", "e"), Today)));
        Assert.Equal(["a>b>e"], Joined(PathSearch.FindPaths(graph, new PathOptions("a", "e") { MinConfidence = 0.6 }, Today)));
        Expect.Error(ErrorCodes.Validation, "minConfidence", () =>
            PathSearch.FindPaths(graph, new PathOptions("a", "e") { MinConfidence = 1.5 }, Today));
    }

    [Fact]
    public void Paths_Should_Walk_Only_The_Requested_Types()
    {
        var graph = new TestGraph().Orgs("a", "b", "c")
            .Rel("a", PartnersWith, "c").Rel("a", MemberOf, "b").Rel("b", MemberOf, "c").Build();

        var paths = PathSearch.FindPaths(graph, new PathOptions("a", "c") { Types = [MemberOf] }, Today);

        Assert.Equal(["a>b>c"], Joined(paths));
    }

    [Fact]
    public void Paths_Should_Skip_Relationships_Not_Valid_At_The_Date()
    {
        var graph = new TestGraph().Orgs("a", "b")
            .Rel("a", PartnersWith, "b", validTo: Today.AddDays(-1)).Build();

        Assert.Empty(PathSearch.FindPaths(graph, new PathOptions("a", "b"), Today));
        Assert.Single(PathSearch.FindPaths(graph, new PathOptions("a", "b") { At = Today.AddDays(-1) }, Today));
    }

    [Fact]
    public void Paths_Should_Tell_Parallel_Relationships_Apart()
    {
        var graph = new TestGraph().Orgs("a", "b")
            .Rel("a", PartnersWith, "b").Rel("a", MemberOf, "b").Rel("b", FundedBy, "a").Build();

        var paths = PathSearch.FindPaths(graph, new PathOptions("a", "b"), Today);

        Assert.Equal([PartnersWith, MemberOf, FundedBy], paths.Select(p => p.Relationships[0].Type));
    }

    [Fact]
    public void Paths_Should_Detour_Around_The_Root_Of_An_Earlier_Path()
    {
        // The third path leaves the second at x; the short way back through s is closed because s is on the root,
        // and x's many dead ends make the search grow from the target side first.
        var graph = new TestGraph().Orgs("s", "e", "x", "w", "y", "z", "y1", "y2", "y3", "y4")
            .Rel("s", PartnersWith, "e").Rel("s", PartnersWith, "x").Rel("x", PartnersWith, "w").Rel("w", PartnersWith, "e")
            .Rel("x", PartnersWith, "y").Rel("y", PartnersWith, "z").Rel("z", PartnersWith, "e")
            .Rel("x", PartnersWith, "y1").Rel("x", PartnersWith, "y2").Rel("x", PartnersWith, "y3").Rel("x", PartnersWith, "y4")
            .Build();

        var paths = PathSearch.FindPaths(graph, new PathOptions("s", "e") { K = 5, Ranking = PathRanking.Hops }, Today);

        Assert.Equal(["s>e", "s>x>w>e", "s>x>y>z>e"], Joined(paths));
        Assert.Equal(Joined(paths), Joined(PathSearch.FindPaths(graph, new PathOptions("s", "e") { K = 5 }, Today)));
    }

    [Theory]
    [InlineData(0, 6, "k")]
    [InlineData(21, 6, "k")]
    [InlineData(3, 0, "maxHops")]
    [InlineData(3, 9, "maxHops")]
    public void Paths_Should_Reject_Out_Of_Range_Arguments(int k, int maxHops, string field)
    {
        Expect.Error(ErrorCodes.Validation, field, () =>
            PathSearch.FindPaths(Web, new PathOptions("a", "e") { K = k, MaxHops = maxHops }, Today));
    }

    [Fact]
    public void Paths_Should_Report_Unknown_Keys()
    {
        Expect.Error(ErrorCodes.NotFound, "fromKey", () => PathSearch.FindPaths(Web, new PathOptions("zz", "e"), Today));
        Expect.Error(ErrorCodes.NotFound, "toKey", () => PathSearch.FindPaths(Web, new PathOptions("a", "zz"), Today));
        Expect.Error(ErrorCodes.Validation, "toKey", () => PathSearch.FindPaths(Web, new PathOptions("a", "a"), Today));
    }
}
