using System.Text.Json.Nodes;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Queries;

/// <summary>The top-level <c>relationships</c> connection over the demo data: filtered, counted and paged by the store.</summary>
public sealed class RelationshipListingTests(DemoApp demo) : IClassFixture<DemoApp>
{
    private readonly RareGraphApp _app = demo.Instance;

    [Fact]
    public async Task Relationships_Should_Count_What_The_Aggregates_Count_And_Honour_The_Filter()
    {
        var json = await _app.GraphQLAsync("""
            {
              all: relationships(first: 0) { totalCount }
              total: relationshipCounts(by: []) { count }
              based: relationships(where: { types: [BASED_IN], toKeys: ["HU"] }, first: 100) { totalCount nodes { type fromKey toKey } }
              sure: relationships(where: { minConfidence: 0.9 }, first: 0) { totalCount }
              sureCount: relationshipCounts(where: { minConfidence: 0.9 }, by: []) { count }
            }
            """);

        Assert.Null(json["errors"]);
        var data = json["data"]!;
        Assert.Equal((int)data["total"]![0]!["count"]!, (int)data["all"]!["totalCount"]!);
        Assert.Equal((int)data["sureCount"]![0]!["count"]!, (int)data["sure"]!["totalCount"]!);
        var based = data["based"]!["nodes"]!.AsArray();
        Assert.NotEmpty(based);
        Assert.Equal(based.Count, (int)data["based"]!["totalCount"]!);
        Assert.All(based, r => Assert.Equal(("BASED_IN", "HU"), ((string?)r!["type"], (string?)r["toKey"])));
    }

    [Fact]
    public async Task Relationships_Should_Page_Forwards_And_Backwards_Without_Gaps_Or_Repeats()
    {
        const string Where = """where: { types: [PARTNERS_WITH, MEMBER_OF, FUNDED_BY] }""";
        var all = await IdsAsync($$"""{ relationships({{Where}}, first: 100) { totalCount nodes { id } pageInfo { hasNextPage } } }""");
        Assert.True(all.Count > 6, $"the demo data has {all.Count} such relationships");

        var forwards = new List<string>();
        string? after = null;
        do
        {
            var json = await _app.GraphQLAsync(
                $$"""query($after: String) { relationships({{Where}}, first: 5, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }""",
                new { after });
            var connection = json["data"]!["relationships"]!;
            forwards.AddRange(connection["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
            after = (bool)connection["pageInfo"]!["hasNextPage"]! ? (string?)connection["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);

        var lastPage = await _app.GraphQLAsync($$"""{ relationships({{Where}}, last: 3) { nodes { id } pageInfo { hasPreviousPage startCursor } } }""");
        var before = (string?)lastPage["data"]!["relationships"]!["pageInfo"]!["startCursor"];
        var previous = await _app.GraphQLAsync(
            $$"""query($before: String) { relationships({{Where}}, last: 3, before: $before) { nodes { id } } }""",
            new { before });

        Assert.Equal(all, forwards);
        Assert.Equal(all[^3..], lastPage["data"]!["relationships"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
        Assert.Equal(all[^6..^3], previous["data"]!["relationships"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
    }

    private async Task<List<string>> IdsAsync(string query)
    {
        var json = await _app.GraphQLAsync(query);
        Assert.True(json["errors"] is null, json.ToJsonString());
        return json["data"]!["relationships"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToList();
    }
}
