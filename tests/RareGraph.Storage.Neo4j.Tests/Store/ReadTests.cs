using System.Net;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Storage.Neo4j.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace RareGraph.Storage.Neo4j.Tests.Store;

public sealed class ReadTests
{
    [Fact]
    public async Task Entity_Scan_Should_Page_By_Key_Until_A_Short_Page()
    {
        var handler = new FakeNeo4jHandler()
            .Then(HttpStatusCode.Accepted, NodeRows("o-a", "o-b"))
            .Then(HttpStatusCode.Accepted, NodeRows("o-c"));
        var store = StoreFactory.Create(handler, o => o.ScanBatchSize = 2);

        var keys = new List<string>();
        await foreach (var entity in store.ScanEntitiesAsync(CancellationToken.None))
        {
            keys.Add(entity.Key);
        }

        Assert.Equal(["o-a", "o-b", "o-c"], keys);
        Assert.Equal(["", "o-b"], handler.Requests.Select(r => r.BodyProperty("parameters")?.GetProperty("afterKey").GetProperty("_value").GetString()));
    }

    [Fact]
    public async Task Relationship_Scan_Should_Resume_After_The_Last_Relationship_Of_A_Full_Page()
    {
        var handler = new FakeNeo4jHandler()
            .Then(HttpStatusCode.Accepted, RelationshipRows(("o-a", "PARTNERS_WITH", "o-b"), ("o-a", "PARTNERS_WITH", "o-c")))
            .Then(HttpStatusCode.Accepted, RelationshipRows());
        var store = StoreFactory.Create(handler, o => o.ScanBatchSize = 2);

        var count = 0;
        await foreach (var _ in store.ScanRelationshipsAsync(CancellationToken.None))
        {
            count++;
        }

        Assert.Equal(2, count);
        var second = handler.Requests[1].BodyProperty("parameters")!.Value;
        Assert.Equal("o-a", second.GetProperty("fromKey").GetProperty("_value").GetString());
        Assert.Equal("o-c", second.GetProperty("toKey").GetProperty("_value").GetString());
        var partnersRank = second.GetProperty("typeRanks").GetProperty("_value").GetProperty("PARTNERS_WITH").GetProperty("_value").GetString();
        Assert.Equal(partnersRank, second.GetProperty("typeRank").GetProperty("_value").GetString());
    }

    [Fact]
    public async Task Relationships_Of_Both_Directions_Should_Come_Once_Each_In_Scan_Order()
    {
        var snapshot = Snapshot.FullName();
        var handler = new FakeNeo4jHandler()
            .Then(HttpStatusCode.Accepted, RelationshipRows(("o-b", "PARTNERS_WITH", "o-a"), ("o-b", "BASED_IN", "j-hu")))
            .Then(HttpStatusCode.Accepted, RelationshipRows(("o-a", "PARTNERS_WITH", "o-b"), ("o-b", "PARTNERS_WITH", "o-a")));
        var store = StoreFactory.Create(handler);

        var read = await store.GetRelationshipsOfAsync(["o-b", "o-b"], RelationshipDirection.Both, null, CancellationToken.None);

        Assert.Equal(
            ["o-a PartnersWith o-b", "o-b BasedIn j-hu", "o-b PartnersWith o-a"],
            read.Select(r => $"{r.FromKey} {r.Type} {r.ToKey}"));
        Assert.Equal(1, handler.Requests[0].BodyProperty("parameters")?.GetProperty("keys").GetProperty("_value").GetArrayLength());
        WireSnapshot.Match(snapshot, "GetRelationshipsOfAsync([o-b, o-b], Both)", handler, read);
    }

    [Fact]
    public async Task Relationship_Pages_Should_Merge_Both_Directions_Per_Key_And_Cut_Each_At_The_Limit()
    {
        var snapshot = Snapshot.FullName();
        var handler = new FakeNeo4jHandler()
            .Then(HttpStatusCode.Accepted, KeyedRelationshipRows(("o-b", "o-b", "PARTNERS_WITH", "o-c"), ("o-b", "o-b", "PARTNERS_WITH", "o-d"), ("o-x", "o-x", "BASED_IN", "j-hu")))
            .Then(HttpStatusCode.Accepted, KeyedRelationshipRows(("o-b", "o-a", "PARTNERS_WITH", "o-b"), ("o-b", "o-a", "MEMBER_OF", "o-b")));
        var store = StoreFactory.Create(handler);
        var position = new RelationshipKey("o-a", RelationshipType.AdvocatesTo, "o-b");

        var pages = await store.GetRelationshipPagesAsync(
            new RelationshipPageQuery(["o-b", "o-x", "o-none"], RelationshipDirection.Both, null, null, position, false, 3), CancellationToken.None);

        Assert.Equal(["o-a MemberOf o-b", "o-a PartnersWith o-b", "o-b PartnersWith o-c"], pages["o-b"].Select(r => $"{r.FromKey} {r.Type} {r.ToKey}"));
        Assert.Equal(["o-x BasedIn j-hu"], pages["o-x"].Select(r => $"{r.FromKey} {r.Type} {r.ToKey}"));
        Assert.Empty(pages["o-none"]);
        Assert.Equal(2, handler.Requests.Count);
        var parameters = handler.Requests[0].BodyProperty("parameters")!.Value;
        Assert.Equal("3", parameters.GetProperty("limit").GetProperty("_value").GetString());
        Assert.Equal(3, parameters.GetProperty("keys").GetProperty("_value").GetArrayLength());
        var sent = parameters.GetProperty("position").GetProperty("_value");
        Assert.Equal("o-a", sent.GetProperty("fromKey").GetProperty("_value").GetString());
        Assert.Equal(
            parameters.GetProperty("typeRanks").GetProperty("_value").GetProperty("ADVOCATES_TO").GetProperty("_value").GetString(),
            sent.GetProperty("rank").GetProperty("_value").GetString());
        WireSnapshot.Match(snapshot, "GetRelationshipPagesAsync([o-b, o-x, o-none], Both, after: o-a ADVOCATES_TO o-b, first: 3)", handler, pages);
    }

    [Fact]
    public async Task Backward_Listing_Should_Return_The_Page_In_Forward_Order()
    {
        var snapshot = Snapshot.FullName();
        var handler = new FakeNeo4jHandler().Then(HttpStatusCode.Accepted, NodeRows("o-c", "o-b"));
        var store = StoreFactory.Create(handler);

        var page = await store.ListEntitiesAsync(
            new EntityQuery(EntityLabel.Organisation, null, [], null, Backward: true, Limit: 2), CancellationToken.None);

        Assert.Equal(["o-b", "o-c"], page.Select(e => e.Key));
        WireSnapshot.Match(snapshot, "ListEntitiesAsync(Organisation, backward, limit: 2)", handler, page);
    }

    private static string NodeRows(params string[] keys) =>
        "{\"data\":{\"fields\":[\"n\"],\"values\":[" + string.Join(",", keys.Select(k =>
            $"[{{\"$type\":\"Node\",\"_value\":{{\"_element_id\":\"4:x:{k}\",\"_labels\":[\"Entity\",\"Organisation\"],\"_properties\":{{" +
            $"\"key\":{{\"$type\":\"String\",\"_value\":\"{k}\"}},\"name\":{{\"$type\":\"String\",\"_value\":\"{k}\"}}," +
            $"\"displayName\":{{\"$type\":\"String\",\"_value\":\"{k}\"}},\"kind\":{{\"$type\":\"String\",\"_value\":\"Ngo\"}}}}}}}}]")) +
        "]},\"bookmarks\":[\"FB:r\"]}";

    private static string KeyedRelationshipRows(params (string Key, string From, string Type, string To)[] rows) =>
        "{\"data\":{\"fields\":[\"key\",\"fromKey\",\"r\",\"toKey\"],\"values\":[" + string.Join(",", rows.Select(r =>
            $"[{{\"$type\":\"String\",\"_value\":\"{r.Key}\"}},{{\"$type\":\"String\",\"_value\":\"{r.From}\"}}," +
            $"{{\"$type\":\"Relationship\",\"_value\":{{\"_element_id\":\"5:x:1\",\"_start_node_element_id\":\"4:x:1\",\"_end_node_element_id\":\"4:x:2\"," +
            $"\"_type\":\"{r.Type}\",\"_properties\":{{\"strength\":{{\"$type\":\"Float\",\"_value\":\"0.6\"}}}}}}}}," +
            $"{{\"$type\":\"String\",\"_value\":\"{r.To}\"}}]")) +
        "]},\"bookmarks\":[\"FB:r\"]}";

    private static string RelationshipRows(params (string From, string Type, string To)[] rows) =>
        "{\"data\":{\"fields\":[\"fromKey\",\"r\",\"toKey\"],\"values\":[" + string.Join(",", rows.Select(r =>
            $"[{{\"$type\":\"String\",\"_value\":\"{r.From}\"}}," +
            $"{{\"$type\":\"Relationship\",\"_value\":{{\"_element_id\":\"5:x:1\",\"_start_node_element_id\":\"4:x:1\",\"_end_node_element_id\":\"4:x:2\"," +
            $"\"_type\":\"{r.Type}\",\"_properties\":{{\"strength\":{{\"$type\":\"Float\",\"_value\":\"0.6\"}}}}}}}}," +
            $"{{\"$type\":\"String\",\"_value\":\"{r.To}\"}}]")) +
        "]},\"bookmarks\":[\"FB:r\"]}";
}
