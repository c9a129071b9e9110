using System.Text.Json.Nodes;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RareGraph.GraphQL.AspNetCore.PersistedQueries;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.AspNetCore.Tests.Bugs;

/// <summary>
/// Issue 10 item 5: one caller could register hundreds of megabytes of persisted documents, into the cache the analysis
/// results live in. Registrations are now bounded by total size, kept apart from the analysis cache, and counted
/// against the caller's rate limit.
/// </summary>
public sealed class PersistedQueryRegistrationTests
{
    [Fact]
    public async Task Registered_Documents_Should_Stay_Within_Their_Byte_Bound_And_Out_Of_The_Analysis_Cache()
    {
        using var app = new RareGraphApp(demoData: false, new Dictionary<string, string?> { ["RareGraph:PersistedQueries:MaxRegisteredBytes"] = "65536" });
        var documents = Enumerable.Range(0, 20).Select(i => $"# {i} {new string('x', 10_000)}\n{{ __typename }}").ToList();
        foreach (var document in documents)
        {
            var registered = await SendAsync(app, new { query = document, extensions = Persisted(document) });
            Assert.Null(registered["errors"]);
        }

        var known = 0;
        var cache = app.Services.GetRequiredService<IDistributedCache>();
        foreach (var document in documents)
        {
            var byHash = await SendAsync(app, new { extensions = Persisted(document) });
            known += byHash["errors"] is null ? 1 : 0;
            Assert.Null(await cache.GetStringAsync("rg:apq:" + PersistedQueryHash.Of(document)));
        }

        Assert.InRange(known, 1, 65536 / 10_000);
    }

    [Fact]
    public async Task Registrations_Should_Count_Against_The_Rate_Limit_By_Size()
    {
        using var app = new RareGraphApp(demoData: false, new Dictionary<string, string?> { ["RareGraph:Security:RateLimit:PermitsPerMinute"] = "20" });
        var codes = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            // 120 KB: eight permits each, besides the request's own.
            var document = $"# {i} {new string('y', 120_000)}\n{{ __typename }}";
            var answer = await SendAsync(app, new { query = document, extensions = Persisted(document) });
            codes.Add((string?)answer["errors"]?[0]?["extensions"]?["code"]);
        }

        Assert.Equal([null, null, "LIMIT_EXCEEDED"], codes);
    }

    [Fact]
    public void A_Bound_Of_Zero_Bytes_Should_Stop_The_Start()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["RareGraph:PersistedQueries:MaxRegisteredBytes"] = "0" })
            .Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddRareGraphGraphQLTransport().BuildServiceProvider();

        // What the host runs at start (ValidateOnStart); the server turns the failure into one line (StartFailureTests).
        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("RareGraph:PersistedQueries:MaxRegisteredBytes", refused.Message, StringComparison.Ordinal);
    }

    private static async Task<JsonObject> SendAsync(RareGraphApp app, object body)
    {
        using var response = await app.PostAsync(body, "application/json", TestCallers.AdminKey);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static JsonObject Persisted(string document) => new()
    {
        ["persistedQuery"] = new JsonObject { ["version"] = 1, ["sha256Hash"] = PersistedQueryHash.Of(document) },
    };
}
