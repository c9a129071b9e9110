using System.Text.Json.Nodes;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Queries;

/// <summary>Cursor paging over the demo data: forwards and backwards give the same complete order, without gaps.</summary>
public sealed class PagingTests(DemoApp demo) : IClassFixture<DemoApp>
{
    private readonly RareGraphApp _app = demo.Instance;

    [Fact]
    public async Task Paging_Forwards_Should_Visit_Every_Organisation_Once_In_Order()
    {
        var all = await KeysAsync("organisations(first: 100, order: [{ field: KIND }, { field: NAME, direction: DESC }]) { totalCount nodes { key } }");
        var paged = new List<string>();
        string? after = null;
        do
        {
            var json = await _app.GraphQLAsync(
                "query($after: String) { organisations(first: 7, after: $after, order: [{ field: KIND }, { field: NAME, direction: DESC }]) { pageInfo { hasNextPage endCursor } nodes { key } } }",
                new { after });
            var connection = json["data"]!["organisations"]!;
            paged.AddRange(connection["nodes"]!.AsArray().Select(n => (string)n!["key"]!));
            after = (bool)connection["pageInfo"]!["hasNextPage"]! ? (string?)connection["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);

        Assert.Equal(all, paged);
    }

    [Fact]
    public async Task Paging_Backwards_Should_Visit_Every_Threat_Once_In_Order()
    {
        var all = await KeysAsync("threats(first: 100, order: [{ field: OCCURRED_ON }]) { nodes { key } }");
        var paged = new List<string>();
        string? before = null;
        do
        {
            var json = await _app.GraphQLAsync(
                "query($before: String) { threats(last: 6, before: $before, order: [{ field: OCCURRED_ON }]) { pageInfo { hasPreviousPage startCursor } nodes { key } } }",
                new { before });
            var connection = json["data"]!["threats"]!;
            paged.InsertRange(0, connection["nodes"]!.AsArray().Select(n => (string)n!["key"]!));
            before = (bool)connection["pageInfo"]!["hasPreviousPage"]! ? (string?)connection["pageInfo"]!["startCursor"] : null;
        }
        while (before is not null);

        Assert.Equal(all, paged);
        Assert.Equal(40, paged.Count);
    }

    [Fact]
    public async Task Page_Size_Above_The_Maximum_Should_Be_A_Validation_Error_Naming_First()
    {
        var json = await _app.GraphQLAsync("{ organisations(first: 101) { nodes { key } } }");
        Assert.Equal("VALIDATION", (string?)json["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("first", (string?)json["errors"]![0]!["extensions"]!["field"]);
    }

    [Fact]
    public async Task Forged_Cursor_Should_Be_A_Validation_Error()
    {
        var json = await _app.GraphQLAsync("{ organisations(first: 5, after: \"not-a-cursor\") { nodes { key } } }");
        Assert.Equal("VALIDATION", (string?)json["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("after", (string?)json["errors"]![0]!["extensions"]!["field"]);
    }

    private async Task<List<string>> KeysAsync(string selection)
    {
        var json = await _app.GraphQLAsync($"{{ {selection} }}");
        Assert.Null(json["errors"]);
        var root = json["data"]!.AsObject().First().Value!;
        return root["nodes"]!.AsArray().Select(n => (string)n!["key"]!).ToList();
    }
}
