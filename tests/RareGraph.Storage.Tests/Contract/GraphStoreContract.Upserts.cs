using RareGraph.Domain.Model;
using RareGraph.Domain.Writing;

namespace RareGraph.Storage.Tests.Contract;

/// <summary>
/// The upsert rule through the one write path, on every store: an item applied onto what is stored keeps the fields
/// its input left out and clears those it set to null; with nothing stored, the item is written as given.
/// </summary>
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Upsert_Through_The_Writer_Should_Keep_Left_Out_Fields_And_Clear_Nulled_Ones()
    {
        var store = await SampleStoreAsync();
        using var writer = new GraphWriter(store, []);
        var request = new WriteRequest("test");
        var renamed = new Organisation("o-ngo", "Civic Watch Europe", OrganisationKind.Ngo);
        request.Entities.Add(new Located<Entity>(renamed, "input")
        {
            // name given, website set to null, tags left out
            OntoStored = stored => ((Organisation)stored) with { DisplayName = "Civic Watch Europe", Website = null },
        });
        request.Relationships.Add(new Located<Relationship>(new Relationship("o-ngo", RelationshipType.BasedIn, "j-hu") { Strength = 0.5 }, "input.relationship")
        {
            // strength given, source set to null, validity and confidence left out
            OntoStored = stored => stored with { Strength = 0.5, Source = null },
        });
        request.Entities.Add(new Located<Entity>(new Organisation("o-new", "New", OrganisationKind.Media) { Tags = ["x"] }, "input.new")
        {
            OntoStored = stored => throw new InvalidOperationException("nothing is stored under o-new"),
        });

        var outcome = await writer.ApplyAsync(request, None);

        var read = (await store.GetEntitiesAsync(["o-ngo", "o-new"], None)).ToDictionary(e => e.Key);
        var ngo = Assert.IsType<Organisation>(read["o-ngo"]);
        Assert.Equal(("Civic Watch Europe", null), (ngo.DisplayName, ngo.Website));
        Assert.Equal(["press", "rights"], ngo.Tags);
        Assert.Equal(["x"], Assert.IsType<Organisation>(read["o-new"]).Tags);
        var based = Assert.Single(await store.GetRelationshipsOfAsync(["o-ngo"], Domain.Querying.RelationshipDirection.Outgoing, [RelationshipType.BasedIn], None));
        Assert.Equal((0.5, new DateOnly(2010, 1, 1), null, 0.75), (based.Strength, based.ValidFrom, based.Source, based.Confidence));
        AssertSameEntity(ngo, outcome.Entities[0]);
        Assert.Equal(based, outcome.Relationships[0]);
    }
}
