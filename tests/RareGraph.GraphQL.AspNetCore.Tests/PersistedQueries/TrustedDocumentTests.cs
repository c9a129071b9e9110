using System.Text.Json.Nodes;
using RareGraph.GraphQL.AspNetCore.PersistedQueries;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.AspNetCore.Tests.PersistedQueries;

/// <summary>With <c>RareGraph:PersistedQueries:TrustedOnly</c>, only documents of the trusted-documents file run.</summary>
public sealed class TrustedDocumentTests : IDisposable
{
    private const string Trusted = "query Trusted { __typename }";
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"raregraph-trusted-{Guid.NewGuid():N}.json");
    private readonly RareGraphApp _app;

    public TrustedDocumentTests()
    {
        File.WriteAllText(_file, new JsonObject { [$"sha256:{PersistedQueryHash.Of(Trusted)}"] = Trusted }.ToJsonString());
        _app = new RareGraphApp(demoData: false, new Dictionary<string, string?>
        {
            ["RareGraph:PersistedQueries:TrustedOnly"] = "true",
            ["RareGraph:PersistedQueries:TrustedDocumentsPath"] = _file,
        });
    }

    [Fact]
    public async Task Trusted_Document_Runs_By_Hash()
    {
        var body = await SendAsync(new { extensions = PersistedQueryTests.Persisted(PersistedQueryHash.Of(Trusted)) });
        Assert.Equal("Query", (string?)body["data"]!["__typename"]);
    }

    [Fact]
    public async Task Trusted_Document_Sent_In_Full_Runs()
    {
        var body = await SendAsync(new { query = Trusted });
        Assert.Equal("Query", (string?)body["data"]!["__typename"]);
    }

    [Fact]
    public async Task Ad_Hoc_Query_Is_Refused()
    {
        var body = await SendAsync(new { query = "{ __typename }" });
        Assert.Equal("FORBIDDEN", PersistedQueryTests.Code(body));
    }

    [Fact]
    public async Task Unknown_Document_Cannot_Be_Registered()
    {
        const string Query = "query Sneaky { __typename }";
        var registering = await SendAsync(new { query = Query, extensions = PersistedQueryTests.Persisted(PersistedQueryHash.Of(Query)) });
        Assert.Equal("FORBIDDEN", PersistedQueryTests.Code(registering));
        var byHash = await SendAsync(new { extensions = PersistedQueryTests.Persisted(PersistedQueryHash.Of(Query)) });
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", PersistedQueryTests.Code(byHash));
    }

    public void Dispose()
    {
        _app.Dispose();
        File.Delete(_file);
    }

    private async Task<JsonObject> SendAsync(object body)
    {
        using var response = await _app.PostAsync(body, "application/json");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
