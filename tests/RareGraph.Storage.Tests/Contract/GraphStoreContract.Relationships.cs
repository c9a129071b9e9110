using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Tests.Contract;

/// <summary>Relationship persistence and lookups by identity, by endpoint, direction and type.</summary>
public abstract partial class GraphStoreContract
{
    /// <summary>
    /// The port's relationship order: from key, then the type's C# name (ordinal, not the enum's declaration order:
    /// o-ngo's ADVOCATES_TO comes before its BASED_IN), then to key.
    /// </summary>
    private static IEnumerable<Relationship> InScanOrder(IEnumerable<Relationship> relationships) =>
        relationships
            .OrderBy(r => r.FromKey, StringComparer.Ordinal)
            .ThenBy(r => r.Type.ToString(), StringComparer.Ordinal)
            .ThenBy(r => r.ToKey, StringComparer.Ordinal);

    [Fact]
    public async Task Relationships_Should_Round_Trip_Every_Field()
    {
        var store = await SampleStoreAsync();

        var read = await store.GetRelationshipsAsync(SampleGraph.Relationships.Select(r => r.Identity).ToList(), None);

        Assert.Equal(SampleGraph.Relationships.OrderBy(r => r.ToString()), read.OrderBy(r => r.ToString()));
    }

    [Fact]
    public async Task Relationship_Upsert_Should_Replace_The_Whole_Record()
    {
        var store = await SampleStoreAsync();
        var replacement = new Relationship("o-ngo", RelationshipType.BasedIn, "j-hu") { Strength = 0.5 };

        await store.ApplyAsync(Upserting(replacement), 1, None);

        Assert.Equal([replacement], await store.GetRelationshipsAsync([replacement.Identity], None));
    }

    [Fact]
    public async Task Get_Relationships_Should_Ignore_Missing_Keys_And_Repeat_None()
    {
        var store = await SampleStoreAsync();
        var existing = new RelationshipKey("o-gov", RelationshipType.Governs, "j-hu");

        var read = await store.GetRelationshipsAsync(
            [existing, existing, new("o-gov", RelationshipType.Governs, "j-fr"), new("o-gov", RelationshipType.BasedIn, "j-hu")],
            None);

        Assert.Equal(existing, Assert.Single(read).Identity);
    }

    [Theory]
    [InlineData(RelationshipDirection.Outgoing, new[] { "o-ngo -AdvocatesTo-> o-gov", "o-ngo -BasedIn-> j-hu" })]
    [InlineData(RelationshipDirection.Incoming, new[] { "d-falcon -AffiliatedWith-> o-ngo", "t-raid -Targets-> o-ngo" })]
    [InlineData(
        RelationshipDirection.Both,
        new[] { "d-falcon -AffiliatedWith-> o-ngo", "o-ngo -AdvocatesTo-> o-gov", "o-ngo -BasedIn-> j-hu", "t-raid -Targets-> o-ngo" })]
    public async Task Relationships_Of_Should_Follow_The_Direction_In_Scan_Order(RelationshipDirection direction, string[] expected)
    {
        var store = await SampleStoreAsync();

        var read = await store.GetRelationshipsOfAsync(["o-ngo", "missing"], direction, null, None);

        Assert.Equal(expected, read.Select(r => $"{r.FromKey} -{r.Type}-> {r.ToKey}"));
    }

    [Fact]
    public async Task Relationships_Of_Should_Keep_Only_The_Given_Types()
    {
        var store = await SampleStoreAsync();

        var read = await store.GetRelationshipsOfAsync(
            ["j-hu", "j-ge"],
            RelationshipDirection.Both,
            [RelationshipType.BasedIn, RelationshipType.Influences],
            None);

        Assert.Equal(
            [("j-hu", RelationshipType.Influences, "j-ge"), ("o-ngo", RelationshipType.BasedIn, "j-hu")],
            read.Select(r => (r.FromKey, r.Type, r.ToKey)));
        Assert.Empty(await store.GetRelationshipsOfAsync(["j-hu"], RelationshipDirection.Both, [], None));
    }

    [Fact]
    public async Task Relationships_Of_Many_Keys_Should_Return_Each_Relationship_Once()
    {
        var store = await SampleStoreAsync();

        var read = await store.GetRelationshipsOfAsync(
            SampleGraph.Entities.Select(e => e.Key).ToList(),
            RelationshipDirection.Both,
            null,
            None);

        Assert.Equal(InScanOrder(SampleGraph.Relationships), read);
    }

    [Fact]
    public async Task Scan_Relationships_Should_Return_Everything_Ordered_By_From_Type_To()
    {
        var store = await SampleStoreAsync();

        var scanned = await ToListAsync(store.ScanRelationshipsAsync(None));

        Assert.Equal(InScanOrder(SampleGraph.Relationships), scanned);
    }

    [Fact]
    public async Task A_Write_Of_Twenty_Thousand_Relationships_Should_Complete()
    {
        var store = await CreateEmptyStoreAsync();
        var organisations = Enumerable.Range(0, 200).Select(i => new Organisation($"org{i:000}", $"Org {i}", OrganisationKind.Ngo)).ToList();
        var relationships = organisations
            .SelectMany((from, i) => Enumerable.Range(1, 100).Select(step => new Relationship(
                from.Key,
                RelationshipType.PartnersWith,
                organisations[(i + step) % organisations.Count].Key)))
            .ToList();

        var version = await store.ApplyAsync(Upserting(organisations, relationships), 0, None);

        Assert.Equal(1, version);
        Assert.Equal(20_000, (await ToListAsync(store.ScanRelationshipsAsync(None))).Count);
        var ofAll = await store.GetRelationshipsOfAsync(organisations.Select(o => o.Key).ToList(), RelationshipDirection.Incoming, null, None);
        Assert.Equal(20_000, ofAll.Count);
    }
}
