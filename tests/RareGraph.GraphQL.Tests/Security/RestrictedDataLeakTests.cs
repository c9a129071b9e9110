using System.Text.Json.Nodes;
using RareGraph.GraphQL.Security;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Security;

/// <summary>
/// A defender's legal name, contact, location and risk level must not reach a PUBLIC, VIEWER or ANALYST caller by any
/// route: selecting them, node(id:), nodes, entity, filtering or sorting on them, paths, impact, alliance, or errors.
/// The demo data's fictional defenders carry recognisable restricted values to look for in every answer.
/// </summary>
public sealed class RestrictedDataLeakTests(RoleMatrixTests.App fixture)
    : IClassFixture<RoleMatrixTests.App>
{
    private const string Defender = "defender:fictional-01";
    private const string Restricted = "legalName contact location riskLevel";
    private static readonly string[] Secrets = ["Fictional Person", "@example.invalid"];

    public static TheoryData<string> LowerRoles() => [RareGraphRoles.Public, RareGraphRoles.Viewer, RareGraphRoles.Analyst];

    public static TheoryData<string, string> Routes()
    {
        var routes = new Dictionary<string, string>
        {
            ["listing"] = $"{{ defenders(first: 100) {{ nodes {{ displayName {Restricted} }} }} }}",
            ["entity"] = $$"""{ entity(key: "{{Defender}}") { name ... on Defender { {{Restricted}} } } }""",
            ["relationships"] = $$"""{ entity(key: "HU") { relationships(first: 100) { nodes { from { ... on Defender { {{Restricted}} } } } } } }""",
        };
        var data = new TheoryData<string, string>();
        foreach (var role in new[] { RareGraphRoles.Public, RareGraphRoles.Viewer, RareGraphRoles.Analyst })
        {
            foreach (var (name, query) in routes)
            {
                data.Add(role, query);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Selecting_Restricted_Fields_Should_Be_Forbidden_And_Leak_Nothing(string role, string query)
    {
        var json = await AsAsync(role, query);
        AssertNoLeak(json);
        Assert.Contains(json["errors"]!.AsArray(), e => (string?)e!["extensions"]!["code"] == "FORBIDDEN");
    }

    [Theory]
    [MemberData(nameof(LowerRoles))]
    public async Task Node_And_Nodes_By_Id_Should_Not_Release_Restricted_Fields(string role)
    {
        var id = (string?)(await fixture.Instance.GraphQLAsync($$"""{ entity(key: "{{Defender}}") { id } }"""))["data"]!["entity"]!["id"];

        var single = await AsAsync(role, $$"""{ node(id: "{{id}}") { ... on Defender { displayName {{Restricted}} } } }""");
        var many = await AsAsync(role, $$"""{ nodes(ids: ["{{id}}"]) { ... on Defender { {{Restricted}} } } }""");

        AssertNoLeak(single);
        AssertNoLeak(many);
        Assert.Equal("Defender A. (fictional)", (string?)single["data"]!["node"]!["displayName"]);
    }

    [Theory]
    [InlineData("{ defenders(where: { riskLevel: { eq: HIGH } }) { totalCount } }")]
    [InlineData("{ defenders(where: { riskLevel: { in: [HIGH, CRITICAL] } }) { nodes { key } } }")]
    [InlineData("{ defenders(where: { not: { riskLevel: { eq: LOW } } }) { totalCount } }")]
    [InlineData("{ defenders(where: { or: [{ displayName: { contains: \"A\" } }, { riskLevel: { eq: HIGH } }] }) { totalCount } }")]
    [InlineData("{ defenders(order: [{ field: RISK_LEVEL }]) { nodes { key } } }")]
    public async Task Filtering_Or_Sorting_On_Risk_Level_Should_Be_Forbidden_With_No_Data(string query)
    {
        foreach (var role in LowerRoles())
        {
            var json = await AsAsync(role, query);
            Assert.Null(json["data"]);
            Assert.Equal("FORBIDDEN", (string?)json["errors"]![0]!["extensions"]!["code"]);
        }
    }

    [Fact]
    public async Task Paths_Impact_And_Alliance_Should_Show_Defenders_Only_By_Pseudonym()
    {
        var analyst = TestCallers.KeyFor(RareGraphRoles.Analyst);
        var paths = await fixture.Instance.GraphQLAsAsync(analyst, $$"""
            { paths(fromKey: "{{Defender}}", toKey: "org:hungarian-helsinki-committee", undirected: true) { nodes { name ... on Defender { {{Restricted}} } } } }
            """);
        var impact = await fixture.Instance.GraphQLAsAsync(analyst, $$"""
            { impact(threatKey: "{{RoleMatrix.Threat}}", maxHops: 6, minScore: 0.001) { affected(first: 100) { nodes { path { nodes { name ... on Defender { {{Restricted}} } } } } } } }
            """);
        var alliance = await fixture.Instance.GraphQLAsAsync(analyst, $$"""
            { alliance { members(first: 100) { nodes { entity { name ... on Defender { {{Restricted}} } } } } articulationPoints { ... on Defender { {{Restricted}} } } } }
            """);

        Assert.Contains("Defender A. (fictional)", paths.ToJsonString(), StringComparison.Ordinal);
        foreach (var json in new[] { paths, impact, alliance })
        {
            AssertNoLeak(json);
            Assert.All(json["errors"]?.AsArray() ?? [], e => Assert.Equal("FORBIDDEN", (string?)e!["extensions"]!["code"]));
        }
    }

    [Fact]
    public async Task Refused_Writes_And_Bad_Filters_Should_Not_Echo_Restricted_Values()
    {
        var viewer = TestCallers.KeyFor(RareGraphRoles.Viewer);
        var write = await fixture.Instance.GraphQLAsAsync(viewer, """
            mutation { upsertDefender(input: { key: "defender:echo", displayName: "Echo", legalName: "Fictional Person Echo" }) { changed } }
            """);
        var filter = await fixture.Instance.GraphQLAsAsync(viewer, """{ defenders(where: { legalName: { eq: "Fictional Person 1" } }) { totalCount } }""");
        var audit = await fixture.Instance.GraphQLAsAsync(viewer, "{ auditTrail(first: 10) { nodes { changes { after } } } }");

        foreach (var json in new[] { write, filter, audit })
        {
            Assert.NotNull(json["errors"]);
            var messages = string.Join(" ", json["errors"]!.AsArray().Select(e => (string?)e!["message"]));
            Assert.DoesNotContain("Fictional Person", messages, StringComparison.Ordinal);
            Assert.Null(json["data"]);
        }
    }

    [Fact]
    public async Task Editor_Should_See_The_Restricted_Fields_The_Others_Cannot()
    {
        var json = await AsAsync(RareGraphRoles.Editor, $$"""{ entity(key: "{{Defender}}") { ... on Defender { {{Restricted}} } } }""");
        Assert.Null(json["errors"]);
        Assert.Equal("Fictional Person 1", (string?)json["data"]!["entity"]!["legalName"]);
        Assert.Equal("HIGH", (string?)json["data"]!["entity"]!["riskLevel"]);
    }

    private Task<JsonObject> AsAsync(string role, string query) => fixture.Instance.GraphQLAsAsync(TestCallers.KeyFor(role), query);

    private static void AssertNoLeak(JsonObject json)
    {
        var text = json.ToJsonString();
        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("\"riskLevel\":\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"location\":\"", text, StringComparison.Ordinal);
    }
}
