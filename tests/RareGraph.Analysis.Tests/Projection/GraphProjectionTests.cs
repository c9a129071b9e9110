using RareGraph.Analysis.Projection;
using RareGraph.Analysis.Tests.Support;
using RareGraph.Domain.Model;
using static RareGraph.Domain.Model.RelationshipType;

namespace RareGraph.Analysis.Tests.Projection;

public sealed class GraphProjectionTests
{
    [Fact]
    public void Projection_Should_Keep_Labels_Kinds_Dates_And_Relationship_Identity()
    {
        var graph = new TestGraph().Threat("t").Org("gov", OrganisationKind.Government).Jurisdiction("hu")
            .Rel("t", OccurredIn, "hu").Rel("gov", Governs, "hu", strength: 0.7, validFrom: TestGraph.Day)
            .Build(version: 7);

        Assert.Equal((7L, 3, 2), (graph.Version, graph.NodeCount, graph.RelationshipCount));
        Assert.Equal(EntityLabel.Organisation, graph.LabelOf("gov"));
        Assert.Equal(OrganisationKind.Government, graph.OrganisationKindOf("gov"));
        Assert.Null(graph.OrganisationKindOf("hu"));
        Assert.Equal(TestGraph.Day, graph.ThreatDateOf("t"));
        Assert.Null(graph.LabelOf("missing"));
        Assert.Equal(new RelationshipKey("gov", Governs, "hu"), graph.IdentityOf(1));
        Assert.Equal(0.7, graph.EdgeStrengths[1]);
        Assert.True(graph.IsValidAt(1, TestGraph.Day.DayNumber));
        Assert.False(graph.IsValidAt(1, TestGraph.Day.DayNumber - 1));
    }

    [Fact]
    public void Projection_Should_List_Each_Relationship_At_Both_Ends()
    {
        var graph = new TestGraph().Orgs("a", "b", "c").Rel("a", MemberOf, "b").Rel("c", MemberOf, "b").Build();
        var b = graph.Ids["b"];

        var arcs = graph.Arcs[graph.ArcOffsets[b]..graph.ArcOffsets[b + 1]];

        Assert.Equal([(0 << 1) | 1, (1 << 1) | 1], arcs);
        Assert.Equal([graph.Ids["a"], graph.Ids["c"]], arcs.Select(graph.ArcTarget));
    }

    [Fact]
    public void Projection_Should_Refuse_A_Relationship_To_An_Unknown_Key()
    {
        var graph = new TestGraph().Org("a").Rel("a", MemberOf, "ghost");

        Assert.Throws<ArgumentException>(() => graph.Build());
    }

    [Fact]
    public async Task Loader_Should_Rescan_When_The_Version_Moves_During_The_Scan()
    {
        var store = new TestGraph().Orgs("a", "b").Rel("a", MemberOf, "b").Store();
        store.Version = 3;
        store.DuringScan = () =>
        {
            store.DuringScan = null;
            store.Version = 4;
        };

        var projection = await GraphProjectionLoader.LoadAsync(store, CancellationToken.None);

        Assert.Equal((4L, 2, 1), (projection.Version, projection.NodeCount, projection.RelationshipCount));
        Assert.Equal(2, store.Scans);
    }

    [Fact]
    public async Task Loader_Should_Give_Up_Transiently_When_Writes_Never_Stop()
    {
        var store = new TestGraph().Org("a").Store();
        store.DuringScan = () => store.Version++;

        var error = await Assert.ThrowsAsync<Domain.Errors.RareGraphException>(() => GraphProjectionLoader.LoadAsync(store, CancellationToken.None));

        Assert.Equal(Domain.Errors.ErrorCodes.Unavailable, error.Code);
        Assert.True(error.IsTransient);
        Assert.Equal(GraphProjectionLoader.MaxAttempts, store.Scans);
    }
}
