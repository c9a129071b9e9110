using System.Net;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Storage.Neo4j.Cypher;
using RareGraph.Storage.Neo4j.Mapping;
using RareGraph.Storage.Neo4j.Tests.Infrastructure;

namespace RareGraph.Storage.Neo4j.Tests.Store;

/// <summary>Names order and match folded on Neo4j: the stored property, the statements, and the backfill of older nodes.</summary>
public sealed class NameFoldTests
{
    [Fact]
    public void Every_Node_Should_Carry_Its_Folded_Name()
    {
        var properties = EntityProperties.From(new Organisation("o-oko", "Ökotárs Alapítvány", OrganisationKind.Funder));

        Assert.Equal("okotars alapitvany", properties["nameFold"]);
        Assert.Equal("Ökotárs Alapítvány", properties["name"]);
    }

    [Fact]
    public void Name_Order_And_Search_Should_Use_The_Folded_Property_And_Equality_The_Stored_Name()
    {
        var query = new EntityQuery(
            EntityLabel.Organisation,
            new AllOfFilter(
            [
                new FieldFilter(EntityField.Name, FilterOperator.Contains, ["ÖKO"]),
                new FieldFilter(EntityField.Name, FilterOperator.StartsWith, ["Átl"]),
                new FieldFilter(EntityField.Name, FilterOperator.Equals, ["Átlátszó"]),
            ]),
            [new SortSpec(EntityField.Name)],
            new KeysetPosition(["crta"], "o-crta"),
            false,
            10);

        var (statement, parameters) = ListingCypher.List(query);

        Assert.Contains("n.nameFold CONTAINS $p0", statement, StringComparison.Ordinal);
        Assert.Contains("n.nameFold STARTS WITH $p1", statement, StringComparison.Ordinal);
        Assert.Contains("n.name = $p2", statement, StringComparison.Ordinal);
        Assert.Contains("ORDER BY n.nameFold, n.key", statement, StringComparison.Ordinal);
        Assert.Equal("oko", parameters["p0"]);
        Assert.Equal("atl", parameters["p1"]);
        Assert.Equal("Átlátszó", parameters["p2"]);
    }

    [Fact]
    public async Task Initialising_Should_Fold_The_Names_Of_Nodes_Written_Before_Until_None_Is_Left()
    {
        var handler = new FakeNeo4jHandler();
        var store = StoreFactory.Create(handler, o => o.ScanBatchSize = 2);
        handler.Then(HttpStatusCode.Accepted, KeyNameRows(("o-a", "Átlátszó"), ("o-b", "CRTA")))
            .Then(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"bookmarks":["FB:w"]}""")
            .Then(HttpStatusCode.Accepted, KeyNameRows(("o-c", "Ökotárs")))
            .Then(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"bookmarks":["FB:w"]}""");

        await store.FoldStoredNamesAsync(CancellationToken.None);

        var writes = handler.Requests.Where(r => r.Statement == SchemaStatements.SetNameFolds).ToList();
        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal(2, writes.Count);
        var rows = writes[0].BodyProperty("parameters")!.Value.GetProperty("rows").GetProperty("_value");
        Assert.Equal("atlatszo", rows[0].GetProperty("_value").GetProperty("fold").GetProperty("_value").GetString());
        Assert.Equal("crta", rows[1].GetProperty("_value").GetProperty("fold").GetProperty("_value").GetString());
        Assert.DoesNotContain("meta.version", writes[0].Statement, StringComparison.Ordinal);
    }

    private static string KeyNameRows(params (string Key, string Name)[] rows) =>
        "{\"data\":{\"fields\":[\"key\",\"name\"],\"values\":[" +
        string.Join(",", rows.Select(r => $"[{{\"$type\":\"String\",\"_value\":\"{r.Key}\"}},{{\"$type\":\"String\",\"_value\":\"{r.Name}\"}}]")) +
        "]},\"bookmarks\":[\"FB:r\"]}";
}
