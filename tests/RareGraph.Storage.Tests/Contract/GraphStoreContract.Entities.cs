using RareGraph.Domain.Model;

namespace RareGraph.Storage.Tests.Contract;

/// <summary>Entity persistence: round trips, whole-record replacement, deletion and key lookups.</summary>
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Every_Entity_Should_Round_Trip_Every_Field()
    {
        var store = await SampleStoreAsync();

        var read = (await store.GetEntitiesAsync(SampleGraph.Entities.Select(e => e.Key).ToList(), None))
            .ToDictionary(e => e.Key);

        Assert.Equal(SampleGraph.Entities.Count, read.Count);
        foreach (var expected in SampleGraph.Entities)
        {
            AssertSameEntity(expected, read[expected.Key]);
        }
    }

    [Fact]
    public async Task Defender_Restricted_Fields_And_Threat_Date_Precision_Should_Survive_Storage()
    {
        var store = await SampleStoreAsync();

        var read = await store.GetEntitiesAsync(["d-falcon", "t-ban", "t-slapp"], None);

        var falcon = Assert.IsType<Defender>(Assert.Single(read, e => e.Key == "d-falcon"));
        Assert.Equal(new DefenderRestrictedData("Ana B.", "signal:ana", "Tbilisi", Severity.High), falcon.Restricted);
        var ban = Assert.IsType<Threat>(Assert.Single(read, e => e.Key == "t-ban"));
        Assert.Equal((DatePrecision.Month, new DateOnly(2023, 3, 1)), (ban.DatePrecision, ban.OccurredOn));
        var slapp = Assert.IsType<Threat>(Assert.Single(read, e => e.Key == "t-slapp"));
        Assert.Equal(DatePrecision.Year, slapp.DatePrecision);
    }

    [Fact]
    public async Task Upsert_Should_Replace_The_Whole_Record()
    {
        var store = await SampleStoreAsync();
        var replacement = new Organisation("o-ngo", "Civic Watch International", OrganisationKind.Academic);
        var defender = new Defender("d-falcon", "Falcon");

        await store.ApplyAsync(Upserting([replacement, defender]), 1, None);

        var read = (await store.GetEntitiesAsync(["o-ngo", "d-falcon"], None)).ToDictionary(e => e.Key);
        AssertSameEntity(replacement, read["o-ngo"]);
        Assert.Null(((Organisation)read["o-ngo"]).Website);
        Assert.Empty(((Organisation)read["o-ngo"]).Tags);
        Assert.Equal(DefenderRestrictedData.None, ((Defender)read["d-falcon"]).Restricted);
    }

    [Fact]
    public async Task Upsert_Should_Keep_The_Relationships_Of_The_Replaced_Entity()
    {
        var store = await SampleStoreAsync();

        await store.ApplyAsync(Upserting([new Organisation("o-ngo", "Renamed", OrganisationKind.Ngo)]), 1, None);

        var relationships = await store.GetRelationshipsOfAsync(["o-ngo"], Domain.Querying.RelationshipDirection.Both, null, None);
        Assert.Equal(4, relationships.Count);
    }

    [Fact]
    public async Task Deleting_An_Entity_Should_Remove_Its_Relationships_In_Both_Directions()
    {
        var store = await SampleStoreAsync();

        await store.ApplyAsync(new([], ["o-ngo"], [], []), 1, None);

        Assert.Empty(await store.GetEntitiesAsync(["o-ngo"], None));
        var remaining = await ToListAsync(store.ScanRelationshipsAsync(None));
        Assert.DoesNotContain(remaining, r => r.FromKey == "o-ngo" || r.ToKey == "o-ngo");
        Assert.Equal(SampleGraph.Relationships.Count - 4, remaining.Count);
    }

    [Fact]
    public async Task Apply_Should_Remove_Relationships_Then_Delete_Then_Upsert_In_One_Write()
    {
        var store = await SampleStoreAsync();
        var rebased = new Relationship("o-ngo", RelationshipType.BasedIn, "j-fr");
        var write = new Domain.Storage.GraphWrite(
            [new RelationshipKey("o-ngo", RelationshipType.BasedIn, "j-hu")],
            ["t-slapp"],
            [new Threat("t-slapp", "Recreated", ThreatCategory.Slapp, new DateOnly(2022, 2, 2))],
            [rebased]);

        Assert.Equal(2, await store.ApplyAsync(write, 1, None));

        var based = await store.GetRelationshipsOfAsync(["o-ngo"], Domain.Querying.RelationshipDirection.Outgoing, [RelationshipType.BasedIn], None);
        Assert.Equal([rebased], based);
        Assert.Equal("Recreated", Assert.Single(await store.GetEntitiesAsync(["t-slapp"], None)).Name);
    }

    [Fact]
    public async Task Get_Entities_Should_Ignore_Missing_Keys_And_Repeat_None()
    {
        var store = await SampleStoreAsync();

        var read = await store.GetEntitiesAsync(["j-hu", "nope", "o-gov", "j-hu", "also-missing"], None);

        Assert.Equal(["j-hu", "o-gov"], Sorted(read.Select(e => e.Key)));
        Assert.Empty(await store.GetEntitiesAsync([], None));
    }

    [Fact]
    public async Task Scan_Entities_Should_Return_Everything_In_Key_Order()
    {
        var store = await SampleStoreAsync();

        var scanned = await ToListAsync(store.ScanEntitiesAsync(None));

        Assert.Equal(Sorted(SampleGraph.Entities.Select(e => e.Key)), scanned.Select(e => e.Key));
    }
}
