using RareGraph.GraphQL.Security;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// The response cache: a read-only query asked again at the same graph version, by the same caller, is answered with the
/// same bytes without executing; a write, another caller, an error or an unversioned root field each prevent that.
/// </summary>
public sealed class ResponseCacheTests : IAsyncLifetime
{
    private const string Dashboard = "{ organisations(first: 5) { nodes { key name basedIn { code } relationships(first: 3) { nodes { type } } } } }";

    private readonly RareGraphApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_Query_Asked_Again_At_The_Same_Version_Should_Be_Answered_Without_Executing_And_With_The_Same_Bytes()
    {
        var first = await PostTextAsync(TestCallers.AdminKey, Dashboard);
        var executed = _app.Executions.Executions;
        _app.Store.ResetCalls();

        var second = await PostTextAsync(TestCallers.AdminKey, Dashboard);

        Assert.Equal(first, second);
        Assert.Equal(executed, _app.Executions.Executions);

        // One store call: the graph version the answer is kept under.
        Assert.Equal(1, _app.Store.Calls);
    }

    [Fact]
    public async Task A_Kept_Answer_Should_Be_Sent_With_Its_Length_And_The_Negotiated_Content_Type()
    {
        foreach (var (accept, contentType) in new[] { ("application/graphql-response+json", "application/graphql-response+json; charset=utf-8"), ("application/json", "application/json; charset=utf-8") })
        {
            for (var ask = 0; ask < 2; ask++)
            {
                // The first answer is the one kept, the second is served from the cache: both declare their length.
                using var response = await _app.PostAsync(new { query = Dashboard }, accept, TestCallers.AdminKey);
                var body = await response.Content.ReadAsByteArrayAsync();

                Assert.Equal(body.Length, response.Content.Headers.ContentLength);
                Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
                Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
            }
        }
    }

    [Fact]
    public async Task A_Write_Should_Be_Seen_By_The_Next_Identical_Query()
    {
        const string Read = """{ entity(key: "HU") { ... on Jurisdiction { name } } }""";
        var before = await _app.GraphQLAsync(Read);
        Assert.Equal("Hungary", (string?)before["data"]!["entity"]!["name"]);

        var write = await _app.GraphQLAsync("""mutation { upsertJurisdiction(input: { key: "HU", code: "HU", name: "Hungary (renamed)" }) { graphVersion } }""");
        Assert.Null(write["errors"]);

        var after = await _app.GraphQLAsync(Read);
        Assert.Equal("Hungary (renamed)", (string?)after["data"]!["entity"]!["name"]);
    }

    [Fact]
    public async Task An_Answer_Kept_For_One_Role_Should_Never_Be_Served_To_Another()
    {
        const string Restricted = "{ defenders(first: 3) { nodes { key legalName } } }";
        var editor = await _app.GraphQLAsAsync(TestCallers.KeyFor(RareGraphRoles.Editor), Restricted);
        Assert.Null(editor["errors"]);
        Assert.Contains(editor["data"]!["defenders"]!["nodes"]!.AsArray(), n => n!["legalName"] is not null);

        var analyst = await _app.GraphQLAsAsync(TestCallers.KeyFor(RareGraphRoles.Analyst), Restricted);

        Assert.NotNull(analyst["errors"]);
        Assert.DoesNotContain(analyst["data"]?["defenders"]?["nodes"]?.AsArray() ?? [], n => n?["legalName"] is not null);
    }

    [Fact]
    public async Task A_Query_Answered_With_An_Error_Should_Run_Again()
    {
        const string Failing = """{ impact(threatKey: "threat:does-not-exist") { at } }""";
        var first = await _app.GraphQLAsync(Failing);
        Assert.NotNull(first["errors"]);
        var executed = _app.Executions.Executions;

        await _app.GraphQLAsync(Failing);

        Assert.Equal(executed + 1, _app.Executions.Executions);
    }

    [Fact]
    public async Task The_Audit_Trail_Should_Never_Be_Served_From_The_Cache()
    {
        const string Audit = "{ auditTrail(first: 1) { nodes { operation } } }";
        var first = await _app.GraphQLAsync(Audit);
        Assert.Null(first["errors"]);
        var executed = _app.Executions.Executions;

        await _app.GraphQLAsync(Audit);

        Assert.Equal(executed + 1, _app.Executions.Executions);
    }

    [Fact]
    public async Task A_Refused_Query_Should_Not_Even_Read_The_Graph_Version()
    {
        _app.Store.ResetCalls();

        var json = await _app.GraphQLAsAsync(TestCallers.KeyFor(RareGraphRoles.Viewer), "{ auditTrail(first: 1) { nodes { operation } } }");

        Assert.Equal("FORBIDDEN", (string?)json["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal(0, _app.Store.Calls);
    }

    [Fact]
    public async Task With_No_Entries_Configured_Every_Query_Should_Execute()
    {
        await using var uncached = new RareGraphApp(settings: new Dictionary<string, string?> { ["RareGraph:ResponseCache:Entries"] = "0" });
        await uncached.GraphQLAsync(Dashboard);
        var executed = uncached.Executions.Executions;

        await uncached.GraphQLAsync(Dashboard);

        Assert.Equal(executed + 1, uncached.Executions.Executions);
    }

    private async Task<string> PostTextAsync(string apiKey, string query)
    {
        using var response = await _app.PostAsync(new { query }, "application/graphql-response+json", apiKey);
        return await response.Content.ReadAsStringAsync();
    }
}
