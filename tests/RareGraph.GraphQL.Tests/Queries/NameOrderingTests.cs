using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Queries;

/// <summary>Names as partners read them on the demo data: ordering and search ignore case and accents.</summary>
public sealed class NameOrderingTests(DemoApp demo) : IClassFixture<DemoApp>
{
    private readonly RareGraphApp _app = demo.Instance;

    [Fact]
    public async Task Default_Order_Should_Put_Accented_Names_Among_Their_Letters_And_Ignore_Case()
    {
        var json = await _app.GraphQLAsync("""
            { organisations(first: 100, where: { basedIn: "HU" }) { nodes { name } } }
            """);

        Assert.Null(json["errors"]);
        var names = json["data"]!["organisations"]!["nodes"]!.AsArray().Select(n => (string)n!["name"]!).ToList();
        Assert.True(names.IndexOf("Átlátszó") < names.IndexOf("Direkt36"), string.Join(" | ", names));
        Assert.True(names.IndexOf("Ökotárs Foundation (operator of the EEA/Norway NGO Fund in Hungary)") < names.IndexOf("Sovereignty Protection Office (Szuverenitásvédelmi Hivatal)"));
        Assert.Equal(names.Order(Comparer<string>.Create(Domain.Querying.TextFolding.Compare)), names);
    }

    [Fact]
    public async Task Name_Search_Should_Find_Accented_Names_Typed_Without_Accents()
    {
        var json = await _app.GraphQLAsync("""
            {
              okotars: organisations(where: { name: { contains: "okotars" } }) { nodes { name } }
              atl: organisations(where: { name: { startsWith: "ATLATSZO" } }) { nodes { name } }
            }
            """);

        Assert.Null(json["errors"]);
        Assert.StartsWith("Ökotárs", (string?)json["data"]!["okotars"]!["nodes"]![0]!["name"], StringComparison.Ordinal);
        Assert.Equal("Átlátszó", (string?)json["data"]!["atl"]!["nodes"]![0]!["name"]);
    }

    [Fact]
    public async Task Pages_By_Name_Should_Join_Up_In_Both_Directions()
    {
        var all = await _app.GraphQLAsync("{ organisations(first: 100) { nodes { key } } }");
        var keys = all["data"]!["organisations"]!["nodes"]!.AsArray().Select(n => (string)n!["key"]!).ToList();
        var paged = new List<string>();
        string? after = null;
        do
        {
            var page = await _app.GraphQLAsync(
                "query($after: String) { organisations(first: 7, after: $after) { nodes { key } pageInfo { hasNextPage endCursor } } }",
                new { after });
            var connection = page["data"]!["organisations"]!;
            paged.AddRange(connection["nodes"]!.AsArray().Select(n => (string)n!["key"]!));
            after = (bool)connection["pageInfo"]!["hasNextPage"]! ? (string?)connection["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);

        var last = await _app.GraphQLAsync("{ organisations(last: 5) { nodes { key } } }");

        Assert.Equal(keys, paged);
        Assert.Equal(keys.TakeLast(5), last["data"]!["organisations"]!["nodes"]!.AsArray().Select(n => (string)n!["key"]!));
    }
}
