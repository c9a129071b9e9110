using System.Text.Json.Nodes;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Queries;

/// <summary>
/// Every list of the analyses is a Relay connection with <c>totalCount</c>, <c>first/after</c> and <c>last/before</c>:
/// <c>exposure</c> (with <c>crossBorder</c>), <c>impact.affected</c> and <c>alliance.members</c>.
/// </summary>
public sealed class AnalysisConnectionTests(DemoApp demo) : IClassFixture<DemoApp>
{
    private const string Organisation = "org:hungarian-helsinki-committee";
    private readonly RareGraphApp _app = demo.Instance;

    [Fact]
    public async Task Exposure_Should_Be_A_Connection_With_Total_Count_And_Cross_Border_Flags()
    {
        var all = await DataAsync($$"""{ exposure(organisationKey: "{{Organisation}}", first: 100) { totalCount nodes { threat { key } score crossBorder } } }""");
        var crossBorder = await DataAsync($$"""{ exposure(organisationKey: "{{Organisation}}", crossBorderOnly: true, first: 100) { totalCount nodes { threat { key } crossBorder } } }""");

        var nodes = all["exposure"]!["nodes"]!.AsArray();
        Assert.Equal(nodes.Count, (int)all["exposure"]!["totalCount"]!);
        Assert.Contains(nodes, n => (bool)n!["crossBorder"]!);
        Assert.Contains(nodes, n => !(bool)n!["crossBorder"]!);
        Assert.Equal(nodes.Count(n => (bool)n!["crossBorder"]!), (int)crossBorder["exposure"]!["totalCount"]!);
        Assert.All(crossBorder["exposure"]!["nodes"]!.AsArray(), n => Assert.True((bool)n!["crossBorder"]!));
    }

    [Theory]
    [InlineData("exposure(organisationKey: \"org:hungarian-helsinki-committee\"", "threat { key }", "exposure")]
    [InlineData("impact(threatKey: \"threat:2017-hu-lex-ngo\") { affected(", "organisation { key }", "impact.affected")]
    [InlineData("alliance(at: \"2024-06-01\") { members(", "entity { key }", "alliance.members")]
    public async Task Analysis_Lists_Should_Page_Backwards_As_Well_As_Forwards(string field, string node, string path)
    {
        JsonNode Connection(JsonNode data) => path.Split('.').Aggregate(data, (at, name) => at[name]!);
        List<string> Keys(JsonNode data) => Connection(data)["nodes"]!.AsArray().Select(n => (string)n!.AsObject().Single().Value!["key"]!).ToList();

        // field opens the connection's argument list; ")" closes it, "}" closes the enclosing report where there is one.
        var closing = field.Contains('{', StringComparison.Ordinal) ? " }" : "";
        var all = Keys(await DataAsync($"{{ {field}, last: 100) {{ totalCount nodes {{ {node} }} }}{closing} }}"));
        Assert.True(all.Count >= 4, $"{field}: {all.Count}");

        var last = await DataAsync($"{{ {field}, last: 2) {{ nodes {{ {node} }} pageInfo {{ hasPreviousPage hasNextPage startCursor }} }}{closing} }}");
        var before = (string)Connection(last)["pageInfo"]!["startCursor"]!;
        var previous = await DataAsync($"{{ {field}, last: 2, before: \"{before}\") {{ nodes {{ {node} }} }}{closing} }}");

        Assert.Equal(all[^2..], Keys(last));
        Assert.True((bool)Connection(last)["pageInfo"]!["hasPreviousPage"]!);
        Assert.False((bool)Connection(last)["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(all[^4..^2], Keys(previous));
    }

    private async Task<JsonNode> DataAsync(string query)
    {
        var json = await _app.GraphQLAsync(query);
        Assert.True(json["errors"] is null, query + " → " + json.ToJsonString());
        return json["data"]!;
    }
}
