using RareGraph.Analysis.Spillover;
using RareGraph.Analysis.Tests.Support;
using RareGraph.Domain.Model;
using static RareGraph.Domain.Model.RelationshipType;

namespace RareGraph.Analysis.Tests.Spillover;

public sealed class ImpactFlowDirectionTests
{
    private static readonly ImpactOptions Low = new() { MinScore = 0.01 };

    private static Dictionary<string, double> Scores(TestGraph graph) =>
        ImpactAnalysis.Analyze(graph.Build(), "t", Low).Affected.ToDictionary(a => a.OrganisationKey, a => a.Score);

    [Theory]
    [InlineData(MemberOf, 0.5)]
    [InlineData(PartnersWith, 0.6)]
    [InlineData(FundedBy, 0.4)]
    public void Impact_Should_Flow_Both_Ways_Over_Organisation_Links(RelationshipType type, double weight)
    {
        var forward = Scores(new TestGraph().Threat("t").Orgs("a", "b").Rel("t", Targets, "a").Rel("a", type, "b"));
        var backward = Scores(new TestGraph().Threat("t").Orgs("a", "b").Rel("t", Targets, "b").Rel("a", type, "b"));

        Expect.Close(weight, forward["b"]);
        Expect.Close(weight, backward["a"]);
    }

    [Fact]
    public void Impact_Should_Flow_Both_Ways_Over_Affiliation()
    {
        var fromDefender = Scores(new TestGraph().Threat("t").Defender("d").Org("o").Rel("t", Targets, "d").Rel("d", AffiliatedWith, "o"));
        var toDefenderAndOn = Scores(new TestGraph().Threat("t").Defender("d").Orgs("o", "p")
            .Rel("t", Targets, "o").Rel("d", AffiliatedWith, "o").Rel("d", AffiliatedWith, "p"));

        Expect.Close(0.8, fromDefender["o"]);
        Expect.Close(0.64, toDefenderAndOn["p"]);
    }

    [Fact]
    public void Impact_Should_Flow_Both_Ways_Over_Governs()
    {
        var fromJurisdiction = Scores(new TestGraph().Threat("t").Jurisdiction("j").Org("gov", OrganisationKind.Government)
            .Rel("t", OccurredIn, "j").Rel("gov", Governs, "j"));
        var fromGovernment = Scores(new TestGraph().Threat("t").Jurisdiction("j").Org("gov", OrganisationKind.Government).Org("local")
            .Rel("t", Targets, "gov").Rel("gov", Governs, "j").Rel("local", BasedIn, "j"));

        Expect.Close(0.9, fromJurisdiction["gov"]);
        Expect.Close(0.81, fromGovernment["local"]);
    }

    [Theory]
    [InlineData(BasedIn, 0.9)]
    [InlineData(OperatesIn, 0.5)]
    public void Impact_Should_Flow_Only_From_The_Jurisdiction_To_Its_Residents(RelationshipType type, double weight)
    {
        var down = Scores(new TestGraph().Threat("t").Jurisdiction("j").Org("o").Rel("t", OccurredIn, "j").Rel("o", type, "j"));
        var up = Scores(new TestGraph().Threat("t").Jurisdiction("j").Orgs("o", "neighbour")
            .Rel("t", Targets, "o").Rel("o", type, "j").Rel("neighbour", type, "j"));

        Expect.Close(weight, down["o"]);
        Assert.False(up.ContainsKey("neighbour"));
    }

    [Fact]
    public void Impact_Should_Flow_Only_Forward_Over_Advocacy()
    {
        var forward = Scores(new TestGraph().Threat("t").Org("ngo").Org("gov", OrganisationKind.Government)
            .Rel("t", Targets, "ngo").Rel("ngo", AdvocatesTo, "gov"));
        var backward = Scores(new TestGraph().Threat("t").Org("ngo").Org("gov", OrganisationKind.Government)
            .Rel("t", Targets, "gov").Rel("ngo", AdvocatesTo, "gov"));

        Expect.Close(0.3, forward["gov"]);
        Assert.False(backward.ContainsKey("ngo"));
    }

    [Fact]
    public void Impact_Should_Flow_Only_Forward_Over_Policy_Influence()
    {
        var graph = new TestGraph().Threat("t").Jurisdiction("a").Jurisdiction("b").Jurisdiction("c").Orgs("inB", "inC")
            .Rel("t", OccurredIn, "a").Rel("a", Influences, "b").Rel("c", Influences, "a")
            .Rel("inB", BasedIn, "b").Rel("inC", BasedIn, "c");

        var scores = Scores(graph);

        Expect.Close(0.45, scores["inB"]);
        Assert.False(scores.ContainsKey("inC"));
    }

    [Fact]
    public void Impact_Should_Not_Flow_Over_Seed_Or_Lineage_Links()
    {
        var graph = new TestGraph().Threat("t").Threat("earlier").Orgs("a", "b")
            .Rel("t", Targets, "a").Rel("t", ModelledOn, "earlier").Rel("earlier", Targets, "b");

        Assert.Equal(["a"], Scores(graph).Keys);
    }
}
