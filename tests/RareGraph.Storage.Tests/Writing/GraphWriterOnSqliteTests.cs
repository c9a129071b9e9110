using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Writing;
using RareGraph.Storage.Tests.Contract;

namespace RareGraph.Storage.Tests.Writing;

/// <summary>The domain write path end to end over SQLite: change detection, key ownership, references, exclusivity.</summary>
public sealed class GraphWriterOnSqliteTests
{
    [Fact]
    public async Task Repeating_An_Identical_Write_Should_Not_Move_The_Version()
    {
        await using var fixture = await WriterFixture.StartAsync();

        var outcome = await fixture.WriteAsync(WriterFixture.Request(SampleGraph.Entities, SampleGraph.Relationships));

        Assert.False(outcome.ChangedAnything);
        Assert.Equal(1, outcome.Version);
        Assert.Equal(1, await fixture.Store.GetVersionAsync(default));
        Assert.Single(fixture.Changes.Changes);
    }

    [Fact]
    public async Task Changing_One_Field_Should_Write_Only_That_Entity()
    {
        await using var fixture = await WriterFixture.StartAsync();
        var renamed = new Jurisdiction("j-hu", "Hungary", "HU", JurisdictionKind.Country) { Tags = ["eu", "v4"] };

        var outcome = await fixture.WriteAsync(WriterFixture.Request(SampleGraph.Entities.Select(e => e.Key == "j-hu" ? renamed : e)));

        Assert.Equal(2, outcome.Version);
        var change = Assert.Single(outcome.Change!.Entities);
        Assert.Equal("j-hu", change.After!.Key);
        Assert.Empty(outcome.Change.Relationships);
    }

    [Fact]
    public async Task Reusing_A_Key_For_Another_Label_Should_Be_A_Conflict_Naming_The_Key()
    {
        await using var fixture = await WriterFixture.StartAsync();

        var failure = await Assert.ThrowsAsync<RareGraphException>(
            () => fixture.WriteAsync(WriterFixture.Request([new Organisation("j-hu", "Hungary Org", OrganisationKind.Ngo)])));

        Assert.Equal((ErrorCodes.Conflict, "input.entities.0.key"), (failure.Code, failure.Field));
        Assert.IsType<Jurisdiction>(Assert.Single(await fixture.Store.GetEntitiesAsync(["j-hu"], default)));
    }

    [Theory]
    [InlineData("o-ngo", "missing", "input.toKey")]
    [InlineData("missing", "j-hu", "input.fromKey")]
    public async Task A_Relationship_To_A_Missing_Key_Should_Be_Not_Found_Naming_The_End(string from, string to, string field)
    {
        await using var fixture = await WriterFixture.StartAsync();
        var request = new WriteRequest("relate");
        request.Relationships.Add(new Located<Relationship>(new Relationship(from, RelationshipType.BasedIn, to), "input"));

        var failure = await Assert.ThrowsAsync<RareGraphException>(() => fixture.WriteAsync(request));

        Assert.Equal((ErrorCodes.NotFound, field), (failure.Code, failure.Field));
        Assert.Equal(1, await fixture.Store.GetVersionAsync(default));
    }

    [Fact]
    public async Task Exclusive_Outgoing_Should_Replace_An_Organisations_Base()
    {
        await using var fixture = await WriterFixture.StartAsync();
        var request = WriterFixture.Request([], [new Relationship("o-ngo", RelationshipType.BasedIn, "j-fr")]);
        request.ExclusiveOutgoing.Add(new ExclusiveOutgoing("o-ngo", new HashSet<RelationshipType> { RelationshipType.BasedIn }));

        var outcome = await fixture.WriteAsync(request);

        Assert.Equal(2, outcome.Version);
        var outgoing = await fixture.Store.GetRelationshipsOfAsync(["o-ngo"], RelationshipDirection.Outgoing, null, default);
        Assert.Equal(
            [(RelationshipType.AdvocatesTo, "o-gov"), (RelationshipType.BasedIn, "j-fr")],
            outgoing.Select(r => (r.Type, r.ToKey)));
    }

    [Fact]
    public async Task Deleting_Through_The_Writer_Should_Announce_The_Removed_Relationships()
    {
        await using var fixture = await WriterFixture.StartAsync();
        var request = new WriteRequest("deleteEntity");
        request.Deletions.Add(new Located<string>("o-gov", "input.key"));

        var outcome = await fixture.WriteAsync(request);

        Assert.Equal(2, outcome.Version);
        Assert.Equal(2, outcome.Change!.Relationships.Count(c => c.After is null));
        Assert.Empty(await fixture.Store.GetRelationshipsOfAsync(["o-gov"], RelationshipDirection.Both, null, default));
    }
}
