using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Tests.Contract;

/// <summary>Per-entity relationship pages (<see cref="Domain.Storage.IGraphStore.GetRelationshipPagesAsync"/>).</summary>
public abstract partial class GraphStoreContract
{
    private static readonly DateOnly PageDay = new(2024, 6, 1);

    [Fact]
    public async Task Relationship_Pages_Should_Equal_Paging_Every_Relationship_Of_Each_Key_In_Scan_Order()
    {
        var store = await CreateEmptyStoreAsync();
        var (entities, relationships) = HubGraph();
        await store.ApplyAsync(Upserting(entities, relationships), 0, None);
        string[] keys = ["o-hub", "o-p03", "o-p17", "o-missing"];
        var everything = InScanOrder(relationships).ToList();
        var positions = new RelationshipKey?[] { null, everything[5].Identity, everything[40].Identity, new("o-p10", RelationshipType.PartnersWith, "o-hub") };
        RelationshipType[][] typeSets = [[RelationshipType.PartnersWith], [RelationshipType.MemberOf, RelationshipType.FundedBy]];

        var checkedPages = 0;
        foreach (var direction in Enum.GetValues<RelationshipDirection>())
        {
            foreach (var types in new RelationshipType[]?[] { null }.Concat(typeSets))
            {
                foreach (var at in new DateOnly?[] { null, PageDay })
                {
                    foreach (var position in positions)
                    {
                        foreach (var backward in new[] { false, true })
                        {
                            foreach (var limit in new[] { 1, 3, 500 })
                            {
                                var query = new RelationshipPageQuery(keys, direction, types, at, position, backward, limit);
                                var pages = await store.GetRelationshipPagesAsync(query, None);
                                Assert.Equal(keys.Order(StringComparer.Ordinal), pages.Keys.Order(StringComparer.Ordinal));
                                foreach (var key in keys)
                                {
                                    Assert.Equal(ExpectedPage(everything, key, query), pages[key]);
                                    checkedPages++;
                                }
                            }
                        }
                    }
                }
            }
        }

        Assert.True(checkedPages > 1000);
    }

    [Fact]
    public async Task Relationship_Pages_Of_No_Keys_Should_Be_Empty()
    {
        var store = await SampleStoreAsync();

        var pages = await store.GetRelationshipPagesAsync(new RelationshipPageQuery([], RelationshipDirection.Both, null, null, null, false, 3), None);

        Assert.Empty(pages);
    }

    /// <summary>The reference, from the definition: every relationship touching the key, filtered, in scan order, cut at the position and the limit.</summary>
    private static List<Relationship> ExpectedPage(List<Relationship> everything, string key, RelationshipPageQuery query)
    {
        var selected = everything
            .Where(r => query.Direction switch
            {
                RelationshipDirection.Outgoing => r.FromKey == key,
                RelationshipDirection.Incoming => r.ToKey == key,
                _ => r.FromKey == key || r.ToKey == key,
            })
            .Where(r => query.Types is null || query.Types.Contains(r.Type))
            .Where(r => query.At is not { } day || ((r.ValidFrom is null || r.ValidFrom <= day) && (r.ValidTo is null || day <= r.ValidTo)))
            .ToList();
        if (query.Position is { } position)
        {
            selected = selected.Where(r => query.Backward ? ScanCompare(r.Identity, position) < 0 : ScanCompare(r.Identity, position) > 0).ToList();
        }

        return query.Backward ? selected.Skip(Math.Max(0, selected.Count - query.Limit)).ToList() : selected.Take(query.Limit).ToList();
    }

    private static int ScanCompare(RelationshipKey x, RelationshipKey y) =>
        (string.CompareOrdinal(x.FromKey, y.FromKey), string.CompareOrdinal(x.Type.ToString(), y.Type.ToString()), string.CompareOrdinal(x.ToKey, y.ToKey)) switch
        {
            (not 0 and var from, _, _) => from,
            (_, not 0 and var type, _) => type,
            (_, _, var to) => to,
        };

    /// <summary>A hub with partners both ways in several types, some with validity windows, and a relationship to itself.</summary>
    private static (List<Entity> Entities, List<Relationship> Relationships) HubGraph()
    {
        var entities = new List<Entity> { new Organisation("o-hub", "Hub", OrganisationKind.Ngo) };
        var relationships = new List<Relationship> { new("o-hub", RelationshipType.PartnersWith, "o-hub") };
        RelationshipType[] types = [RelationshipType.PartnersWith, RelationshipType.MemberOf, RelationshipType.FundedBy, RelationshipType.AdvocatesTo];
        for (var i = 0; i < 30; i++)
        {
            var partner = $"o-p{i:00}";
            entities.Add(new Organisation(partner, $"Partner {i}", OrganisationKind.Ngo));
            var type = types[i % types.Length];
            var windowed = i % 3 == 0;
            relationships.Add(new Relationship(i % 2 == 0 ? "o-hub" : partner, type, i % 2 == 0 ? partner : "o-hub")
            {
                Strength = 0.5,
                ValidFrom = windowed ? PageDay.AddDays(i - 15) : null,
                ValidTo = windowed ? PageDay.AddDays(i - 10) : null,
            });
            if (i % 5 == 0)
            {
                relationships.Add(new Relationship("o-hub", RelationshipType.PartnersWith, partner));
                relationships.Add(new Relationship(partner, RelationshipType.MemberOf, "o-hub"));
            }

            if (i > 0)
            {
                relationships.Add(new Relationship(partner, RelationshipType.PartnersWith, $"o-p{i - 1:00}"));
            }
        }

        return (entities, relationships.DistinctBy(r => r.Identity).ToList());
    }
}
