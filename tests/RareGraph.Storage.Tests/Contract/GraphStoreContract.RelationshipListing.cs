using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Tests.Contract;

/// <summary>The graph's relationships as one keyset-paged list, filtered by the store.</summary>
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Relationship_List_Should_Page_Forwards_And_Backwards_In_Page_Order()
    {
        var store = await SampleStoreAsync();
        var expected = SampleGraph.Relationships.Select(r => r.Identity).Order(Comparer<RelationshipKey>.Create(RelationshipPageQuery.Compare)).ToList();

        var forwards = new List<RelationshipKey>();
        RelationshipKey? position = null;
        while (true)
        {
            var page = await store.ListRelationshipsAsync(new RelationshipListQuery(null, position, false, 4), None);
            forwards.AddRange(page.Select(r => r.Identity));
            if (page.Count < 4)
            {
                break;
            }

            position = page[^1].Identity;
        }

        var last = await store.ListRelationshipsAsync(new RelationshipListQuery(null, null, true, 3), None);
        var beforeLast = await store.ListRelationshipsAsync(new RelationshipListQuery(null, last[0].Identity, true, 3), None);

        Assert.Equal(expected, forwards);
        Assert.Equal(expected[^3..], last.Select(r => r.Identity));
        Assert.Equal(expected[^6..^3], beforeLast.Select(r => r.Identity));
    }

    [Fact]
    public async Task Relationship_List_Should_Apply_Every_Filter_Condition()
    {
        var store = await SampleStoreAsync();
        var filters = new[]
        {
            new RelationshipFilter { Types = [RelationshipType.BasedIn, RelationshipType.Governs] },
            new RelationshipFilter { Keys = ["o-ngo"] },
            new RelationshipFilter { FromKeys = ["t-law"], ToKeys = ["j-ge"] },
            new RelationshipFilter { At = new DateOnly(2026, 6, 1) },
            new RelationshipFilter { MinConfidence = 0.8 },
            new RelationshipFilter { SourceEquals = "registry" },
            new RelationshipFilter { SourceContains = "GIST" },
        };

        foreach (var filter in filters)
        {
            var page = await store.ListRelationshipsAsync(new RelationshipListQuery(filter, null, false, 100), None);
            var expected = SampleGraph.Relationships.Where(filter.Matches).Select(r => r.Identity).Order(Comparer<RelationshipKey>.Create(RelationshipPageQuery.Compare));
            Assert.Equal(expected, page.Select(r => r.Identity));
            Assert.NotEmpty(page);
        }
    }
}
