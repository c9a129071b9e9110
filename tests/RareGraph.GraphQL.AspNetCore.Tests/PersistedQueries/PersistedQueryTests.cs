using System.Net;
using System.Text.Json.Nodes;
using RareGraph.GraphQL.AspNetCore.PersistedQueries;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.AspNetCore.Tests.PersistedQueries;

/// <summary>Automatic Persisted Queries (extensions.persistedQuery.sha256Hash, version 1) and the trusted-only mode.</summary>
public sealed class PersistedQueryTests : IClassFixture<PersistedQueryTests.App>
{
    private readonly RareGraphApp _app;

    public PersistedQueryTests(App app)
    {
        ArgumentNullException.ThrowIfNull(app);
        _app = app.Instance;
    }

    [Fact]
    public async Task Unknown_Hash_Without_Query_Answers_Persisted_Query_Not_Found()
    {
        var body = await SendAsync(new { extensions = Persisted(PersistedQueryHash.Of("{ never { sent } }")) });
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(body));
        Assert.Equal("PersistedQueryNotFound", (string?)body["errors"]![0]!["message"]);
    }

    [Fact]
    public async Task Hash_With_Query_Registers_It_So_The_Hash_Alone_Runs_Next_Time()
    {
        const string Query = "query Registered { __typename }";
        var first = await SendAsync(new { query = Query, extensions = Persisted(PersistedQueryHash.Of(Query)) });
        Assert.Equal("Query", (string?)first["data"]!["__typename"]);

        var second = await SendAsync(new { extensions = Persisted(PersistedQueryHash.Of(Query)) });
        Assert.True(second["errors"] is null, second.ToJsonString());
        Assert.Equal("Query", (string?)second["data"]!["__typename"]);
    }

    [Fact]
    public async Task Get_With_A_Registered_Hash_Only_Runs_The_Query()
    {
        const string Query = "query ByGet { __typename }";
        await SendAsync(new { query = Query, extensions = Persisted(PersistedQueryHash.Of(Query)) });
        var extensions = Persisted(PersistedQueryHash.Of(Query)).ToJsonString();
        using var client = _app.CreateClient();
        using var response = await client.GetAsync($"/graphql?extensions={Uri.EscapeDataString(extensions)}");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", (string?)body["data"]!["__typename"]);
    }

    [Fact]
    public async Task Hash_That_Does_Not_Match_The_Query_Is_Refused()
    {
        var body = await SendAsync(new { query = "{ __typename }", extensions = Persisted(PersistedQueryHash.Of("{ other }")) });
        Assert.Equal("VALIDATION", Code(body));
    }

    [Fact]
    public async Task Unsupported_Version_Is_Refused()
    {
        var body = await SendAsync(new
        {
            query = "{ __typename }",
            extensions = new JsonObject { ["persistedQuery"] = new JsonObject { ["version"] = 2, ["sha256Hash"] = PersistedQueryHash.Of("{ __typename }") } },
        });
        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", Code(body));
    }

    [Fact]
    public async Task Persisted_Query_Runs_Over_The_WebSocket_Too()
    {
        const string Query = "query OverSocket { __typename }";
        await SendAsync(new { query = Query, extensions = Persisted(PersistedQueryHash.Of(Query)) });
        await using var client = await WsTestClient.ReadyAsync(_app);
        await client.SendAsync(new JsonObject
        {
            ["type"] = "subscribe",
            ["id"] = "p",
            ["payload"] = new JsonObject { ["extensions"] = Persisted(PersistedQueryHash.Of(Query)) },
        });
        var next = (await client.ReceiveAsync())!;
        Assert.Equal("Query", (string?)next["payload"]!["data"]!["__typename"]);
    }

    internal static JsonObject Persisted(string hash) =>
        new() { ["persistedQuery"] = new JsonObject { ["version"] = 1, ["sha256Hash"] = hash } };

    internal static string? Code(JsonObject body) => (string?)body["errors"]?[0]?["extensions"]?["code"];

    private async Task<JsonObject> SendAsync(object body)
    {
        using var response = await _app.PostAsync(body, "application/json");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>One server with the default, automatic mode.</summary>
    public sealed class App : IDisposable
    {
        public RareGraphApp Instance { get; } = new(demoData: false);

        public void Dispose() => Instance.Dispose();
    }
}
