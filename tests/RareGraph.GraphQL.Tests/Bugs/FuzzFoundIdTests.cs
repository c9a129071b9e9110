using System.Text.Json.Nodes;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Bugs;

/// <summary>
/// Found by the schema fuzzer (seed 20261205, operations #213 and #391): ids such as <c>"-1"</c> and <c>"-0"</c>, whose
/// last base64url character carries bits past the end, made the decoder throw, so <c>node</c> answered INTERNAL and
/// <c>nodes</c> lost its whole answer.
/// </summary>
public sealed class FuzzFoundIdTests(FuzzFoundIdTests.App fixture) : IClassFixture<FuzzFoundIdTests.App>
{
    [Theory]
    [InlineData("-1")]
    [InlineData("-0")]
    [InlineData("2024-02-30")]
    [InlineData("5pel5pys6Kqe")]
    public async Task Id_With_Trailing_Bits_Should_Be_Validation_Not_Internal(string id)
    {
        var single = await fixture.Instance.GraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new JsonObject { ["id"] = id });
        var many = await fixture.Instance.GraphQLAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new JsonObject { ["ids"] = new JsonArray(id, "-0") });

        Assert.Equal("VALIDATION", (string?)Assert.Single(single["errors"]!.AsArray())!["extensions"]!["code"]);
        Assert.Equal(["VALIDATION", "VALIDATION"], many["errors"]!.AsArray().Select(e => (string?)e!["extensions"]!["code"]));
        Assert.Equal(2, many["data"]!["nodes"]!.AsArray().Count);
    }

    public sealed class App : IDisposable
    {
        public RareGraphApp Instance { get; } = new(demoData: false);

        public void Dispose() => Instance.Dispose();
    }
}
