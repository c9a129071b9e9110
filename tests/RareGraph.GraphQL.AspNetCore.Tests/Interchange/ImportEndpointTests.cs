using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using RareGraph.GraphQL.Security;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.AspNetCore.Tests.Interchange;

public sealed class ImportEndpointTests(DemoApp demo) : IClassFixture<DemoApp>
{
    private const string SmallGraphMl = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="d0" for="node" attr.name="entity" attr.type="string"/>
          <key id="d1" for="node" attr.name="label" attr.type="string"/>
          <key id="d2" for="node" attr.name="kind" attr.type="string"/>
          <key id="d3" for="edge" attr.name="relationship" attr.type="string"/>
          <graph edgedefault="directed">
            <node id="org:import-a"><data key="d0">Organisation</data><data key="d1">Import A</data><data key="d2">NGO</data></node>
            <node id="org:import-b"><data key="d0">Organisation</data><data key="d1">Import B</data><data key="d2">NGO</data></node>
            <edge source="org:import-a" target="org:import-b"><data key="d3">PARTNERS_WITH</data></edge>
            <edge source="org:import-a" target="HU"><data key="d3">BASED_IN</data></edge>
          </graph>
        </graphml>
        """;

    [Fact]
    public async Task Dry_Run_Reports_Counts_And_Writes_Nothing()
    {
        var before = await InterchangeClient.VersionAsync(demo.Instance);

        using var response = await InterchangeClient.ImportAsync(demo.Instance, Xml(SmallGraphMl), "?dryRun=true");

        var report = (await Body(response))["report"]!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(report["committed"]!.GetValue<bool>());
        Assert.Equal(2, report["entities"]!["Organisation"]!.GetValue<int>());
        Assert.Equal(1, report["relationships"]!["BASED_IN"]!.GetValue<int>());
        Assert.Equal(before, await InterchangeClient.VersionAsync(demo.Instance));
    }

    [Fact]
    public async Task Bad_File_Is_A_400_Naming_Each_Problem_And_Writes_Nothing()
    {
        using var app = new RareGraphApp(demoData: true);
        var before = await InterchangeClient.VersionAsync(app);
        var bad = SmallGraphMl
            .Replace("Import A</data><data key=\"d2\">NGO", "Import A</data><data key=\"d2\">CLUB", StringComparison.Ordinal)
            .Replace("source=\"org:import-a\" target=\"HU\"", "source=\"org:import-b\" target=\"nowhere\"", StringComparison.Ordinal);

        using var response = await InterchangeClient.ImportAsync(app, Xml(bad));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await Body(response);
        var errors = body["errors"]!.AsArray();
        Assert.Contains(errors, e => (string?)e!["extensions"]!["code"] == "VALIDATION" && ((string?)e["extensions"]!["where"])!.StartsWith("line ", StringComparison.Ordinal));
        Assert.Contains(errors, e => (string?)e!["extensions"]!["code"] == "NOT_FOUND" && ((string?)e["message"])!.Contains("nowhere", StringComparison.Ordinal));
        Assert.Equal(before, await InterchangeClient.VersionAsync(app));
        Assert.Null((await app.GraphQLAsync("{ entity(key: \"org:import-b\") { key } }"))["data"]!["entity"]);
    }

    [Fact]
    public async Task File_That_Is_Not_Well_Formed_Xml_Is_A_400_Naming_Its_Line_And_Writes_Nothing()
    {
        var before = await InterchangeClient.VersionAsync(demo.Instance);
        var truncated = SmallGraphMl[..SmallGraphMl.IndexOf("<edge source=\"org:import-a\" target=\"HU\"", StringComparison.Ordinal)];

        using var response = await InterchangeClient.ImportAsync(demo.Instance, Xml(truncated));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await Body(response))["errors"]!.AsArray())!;
        Assert.Equal("VALIDATION", (string?)error["extensions"]!["code"]);
        Assert.Contains("not well-formed XML (line ", (string?)error["message"], StringComparison.Ordinal);
        Assert.Equal(before, await InterchangeClient.VersionAsync(demo.Instance));
    }

    [Fact]
    public async Task Import_Commits_Once_With_One_Audit_Entry_Holding_The_Files_Hash()
    {
        using var app = new RareGraphApp(demoData: true);
        var before = await InterchangeClient.VersionAsync(app);

        using var response = await InterchangeClient.ImportAsync(app, Xml(SmallGraphMl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, await InterchangeClient.VersionAsync(app));
        var entry = (await app.GraphQLAsync("{ auditTrail(first: 1) { nodes { version actor operation changes { key after } } } }"))["data"]!["auditTrail"]!["nodes"]![0]!;
        Assert.Equal("importFile", (string?)entry["operation"]);
        Assert.Equal("test-admin", ((string?)entry["actor"])!.Replace("key:", string.Empty, StringComparison.Ordinal));
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SmallGraphMl)));
        Assert.Equal("file:sha256:" + sha, (string?)entry["changes"]![0]!["key"]);
        Assert.Contains("\"Organisation\":2", (string?)entry["changes"]![0]!["after"], StringComparison.Ordinal);
        Assert.NotNull((await app.GraphQLAsync("{ entity(key: \"org:import-b\") { key } }"))["data"]!["entity"]);
    }

    [Fact]
    public async Task Import_Needs_The_Editor_Role()
    {
        using var response = await InterchangeClient.ImportAsync(demo.Instance, Xml(SmallGraphMl), role: RareGraphRoles.Analyst);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Upload_Over_The_Configured_Size_Is_A_413()
    {
        using var app = new RareGraphApp(demoData: false, new Dictionary<string, string?> { ["RareGraph:Import:MaxBytes"] = "100" });

        using var response = await InterchangeClient.ImportAsync(app, Xml(SmallGraphMl));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("LIMIT_EXCEEDED", (string?)(await Body(response))["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Key_Of_Another_Label_Is_A_Conflict()
    {
        using var app = new RareGraphApp(demoData: true);
        var clash = SmallGraphMl.Replace("org:import-b", "HU", StringComparison.Ordinal);

        using var response = await InterchangeClient.ImportAsync(app, Xml(clash), "?dryRun=true");

        var problems = (await Body(response))["report"]!["problems"]!.AsArray();
        Assert.Contains(problems, p => (string?)p!["code"] == "CONFLICT");
    }

    private static StringContent Xml(string text) => new(text, Encoding.UTF8, "application/graphml+xml");

    private static async Task<JsonNode> Body(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
}
