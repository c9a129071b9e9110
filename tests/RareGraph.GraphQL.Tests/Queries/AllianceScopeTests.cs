using System.Text.Json.Nodes;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Queries;

/// <summary>
/// Who counts as a member of the alliance: by default only entities with at least one alliance relationship valid on the
/// date (the Kremlin and the European Commission are no "members"); a caller can scope by keys and kinds, or include
/// the isolated ones.
/// </summary>
public sealed class AllianceScopeTests(DemoApp demo) : IClassFixture<DemoApp>
{
    private const string Kremlin = "org:kremlin-presidential-executive-office";
    private const string Commission = "org:european-commission";
    private readonly RareGraphApp _app = demo.Instance;

    [Fact]
    public async Task Default_Alliance_Should_Leave_Out_Entities_Without_Alliance_Relationships()
    {
        var json = await AllianceAsync("""alliance(at: "2024-06-01")""");

        var members = Keys(json["members"]!);
        Assert.DoesNotContain(Kremlin, members);
        Assert.DoesNotContain(Commission, members);
        Assert.All(json["members"]!["nodes"]!.AsArray(), m => Assert.True((int)m!["degree"]! > 0));
        Assert.All(json["components"]!.AsArray(), c => Assert.True((int)c!["size"]! > 1));
    }

    [Fact]
    public async Task Include_Isolated_Should_Count_Every_Organisation_And_Defender()
    {
        var all = await AllianceAsync("""alliance(at: "2024-06-01", includeIsolated: true)""");
        var connected = await AllianceAsync("""alliance(at: "2024-06-01")""");

        Assert.Contains(Kremlin, Keys(all["members"]!));
        Assert.True((int)all["members"]!["totalCount"]! > (int)connected["members"]!["totalCount"]!);
    }

    [Fact]
    public async Task Members_And_Kinds_Should_Scope_The_Alliance()
    {
        var ngos = await AllianceAsync("""alliance(at: "2024-06-01", kinds: [NGO])""");
        var chosen = await AllianceAsync("""alliance(at: "2024-06-01", members: ["org:hungarian-helsinki-committee", "org:hungarian-civil-liberties-union", "org:amnesty-international-hungary", "org:kremlin-presidential-executive-office"], includeIsolated: true)""");

        Assert.All(ngos["members"]!["nodes"]!.AsArray(), m => Assert.Equal("NGO", (string?)m!["entity"]!["kind"]));
        Assert.NotEmpty(ngos["members"]!["nodes"]!.AsArray());
        Assert.Equal(
            ["org:amnesty-international-hungary", "org:hungarian-civil-liberties-union", "org:hungarian-helsinki-committee", Kremlin],
            Keys(chosen["members"]!).Order(StringComparer.Ordinal));
    }

    private async Task<JsonNode> AllianceAsync(string field)
    {
        var json = await _app.GraphQLAsync($$"""
            { {{field}} {
                members(first: 100, order: KEY) { totalCount nodes { degree entity { key ... on Organisation { kind } } } }
                components { size }
            } }
            """);
        Assert.True(json["errors"] is null, json.ToJsonString());
        return json["data"]!["alliance"]!;
    }

    private static List<string> Keys(JsonNode members) =>
        members["nodes"]!.AsArray().Select(m => (string)m!["entity"]!["key"]!).ToList();
}
