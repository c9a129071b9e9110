using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Bugs;

/// <summary>
/// Issue 10, item 4: <c>node(id: "====")</c> answered INTERNAL and logged a FormatException stack trace each time, and
/// one such id in <c>nodes(ids:)</c> nulled the whole answer. An id the API could not have issued is bad input:
/// VALIDATION naming the argument, nothing logged above Debug, and the other ids of <c>nodes</c> still resolve.
/// </summary>
public sealed class MalformedGlobalIdTests(MalformedGlobalIdTests.App fixture) : IClassFixture<MalformedGlobalIdTests.App>
{
    private const string Organisation = "org:amnesty-international-hungary";

    public static TheoryData<string> MalformedIds() => new()
    {
        "====",
        "a=b",
        "T3JnYW5pc2F0aW9uOm9yZzp4==",
        "T3JnYW5pc2F0aW9uOm9yZzp4=",
        "not an id",
        "bm8tc3VjaA",
        "%%%",
        "A",
        "Zm9vOmJhcg",
        "\u00e9t\u00e9",
    };

    [Theory]
    [MemberData(nameof(MalformedIds))]
    public async Task Malformed_Id_In_Node_Should_Be_Validation_Naming_The_Argument_And_Log_Nothing(string id)
    {
        fixture.Instance.Logs.Clear();
        var json = await fixture.Instance.GraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new JsonObject { ["id"] = id });

        var error = Assert.Single(json["errors"]!.AsArray())!;
        Assert.Equal("VALIDATION", (string?)error["extensions"]!["code"]);
        Assert.Equal("id", (string?)error["extensions"]!["field"]);
        Assert.Equal("node", (string?)error["path"]![0]);
        Assert.Null(json["data"]!["node"]);
        AssertNothingLoggedAboveDebug();
    }

    [Theory]
    [MemberData(nameof(MalformedIds))]
    public async Task Malformed_Id_In_Nodes_Should_Be_One_Validation_Error_And_Keep_The_Other_Entries(string id)
    {
        var valid = await IdOfAsync(Organisation);
        fixture.Instance.Logs.Clear();

        var json = await fixture.Instance.GraphQLAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Organisation { key } } }",
            new JsonObject { ["ids"] = new JsonArray(valid, id, valid) });

        var nodes = json["data"]!["nodes"]!.AsArray();
        Assert.Equal(3, nodes.Count);
        Assert.Equal(Organisation, (string?)nodes[0]!["key"]);
        Assert.Null(nodes[1]);
        Assert.Equal(Organisation, (string?)nodes[2]!["key"]);
        var error = Assert.Single(json["errors"]!.AsArray())!;
        Assert.Equal("VALIDATION", (string?)error["extensions"]!["code"]);
        Assert.Equal("ids.1", (string?)error["extensions"]!["field"]);
        Assert.Equal(["nodes", "1"], error["path"]!.AsArray().Select(p => p!.ToString()));
        AssertNothingLoggedAboveDebug();
    }

    [Fact]
    public async Task Well_Formed_Id_Of_A_Missing_Node_Should_Still_Be_Null_Without_Error()
    {
        // "Organisation:org:x": an id this API could issue, for an entity that does not exist.
        var json = await fixture.Instance.GraphQLAsync("{ node(id: \"T3JnYW5pc2F0aW9uOm9yZzp4\") { id } }");

        Assert.Null(json["errors"]);
        Assert.Null(json["data"]!["node"]);
    }

    private async Task<string> IdOfAsync(string key)
    {
        var json = await fixture.Instance.GraphQLAsync($"{{ entity(key: \"{key}\") {{ id }} }}");
        return (string)json["data"]!["entity"]!["id"]!;
    }

    private void AssertNothingLoggedAboveDebug()
    {
        var loud = fixture.Instance.Logs.Entries
            .Where(e => e.Level > LogLevel.Debug && (e.Category.StartsWith("RareGraph", StringComparison.Ordinal) || e.Level >= LogLevel.Warning || e.Exception is not null))
            .ToList();
        Assert.True(loud.Count == 0, string.Join(Environment.NewLine, loud));
    }

    public sealed class App : IDisposable
    {
        public RareGraphApp Instance { get; } = new(demoData: true);

        public void Dispose() => Instance.Dispose();
    }
}
