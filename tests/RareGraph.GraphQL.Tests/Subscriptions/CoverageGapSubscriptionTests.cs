using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.GraphQL.Subscriptions;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Subscriptions;

/// <summary><c>coverageGap</c>: an alert when a write leaves a body an event affects without an active campaign advocating to it.</summary>
public sealed class CoverageGapSubscriptionTests : IAsyncLifetime
{
    private const string Subscription = """subscription { coverageGap(threatKey: "threat:act") { threatKey bodyKey body { key kind } score hops threat { title } } }""";

    private readonly RareGraphApp _app = new(demoData: false);

    public async Task InitializeAsync() =>
        await OkAsync("""
            mutation {
              j: upsertJurisdiction(input: { key: "HU", name: "Hungary", code: "HU" }) { changed }
              g: upsertOrganisation(input: { key: "gov:hu", name: "Government", kind: GOVERNMENT, basedInKey: "HU" }) { changed }
              n: upsertOrganisation(input: { key: "org:ngo", name: "NGO", kind: NGO }) { changed }
              t: recordThreat(input: { key: "threat:act", title: "An act", category: LEGISLATION, occurredOn: "2023-12-12", jurisdictionKey: "HU" }) { changed }
              c: upsertCampaign(input: { key: "campaign:repeal", title: "Repeal", status: ACTIVE, runByKeys: ["org:ngo"], advocatesToKeys: ["gov:hu"] }) { changed }
            }
            """);

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_Gap_Should_Be_Reported_When_A_Write_Makes_A_Government_Affected_That_No_Campaign_Targets()
    {
        await using var client = await WsTestClient.ReadyAsync(_app);
        await client.SubscribeAsync("g", Subscription);
        await WaitForSubscribersAsync(1);

        // A parliament reached and covered in the same document: no gap.
        await OkAsync("""
            mutation {
              p: upsertOrganisation(input: { key: "parl:hu", name: "Parliament", kind: PARLIAMENT, basedInKey: "HU" }) { changed }
              c: upsertCampaign(input: { key: "campaign:parliament", title: "Lobby", status: ACTIVE, advocatesToKeys: ["parl:hu"] }) { changed }
            }
            """);
        // A second government reached by the act, which nobody lobbies.
        await OkAsync("""mutation { upsertOrganisation(input: { key: "gov:office", name: "Office", kind: GOVERNMENT, basedInKey: "HU" }) { changed } }""");

        var gap = await NextGapAsync(client);
        Assert.Equal(("threat:act", "gov:office", "GOVERNMENT"), ((string?)gap["threatKey"], (string?)gap["bodyKey"], (string?)gap["body"]!["kind"]));
        Assert.Equal("An act", (string?)gap["threat"]!["title"]);
        Assert.Equal(0.9, (double)gap["score"]!, 12);
    }

    [Fact]
    public async Task A_Gap_Should_Be_Reported_When_The_Only_Campaign_Advocating_To_A_Body_Ends()
    {
        await using var client = await WsTestClient.ReadyAsync(_app);
        await client.SubscribeAsync("g", Subscription);
        await WaitForSubscribersAsync(1);

        await OkAsync("""mutation { upsertCampaign(input: { key: "campaign:repeal", title: "Repeal", status: ENDED }) { changed } }""");

        Assert.Equal("gov:hu", (string?)(await NextGapAsync(client))["bodyKey"]);
    }

    [Fact]
    public async Task Coverage_Gap_For_An_Unknown_Event_Is_An_Error()
    {
        await using var client = await WsTestClient.ReadyAsync(_app);
        await client.SubscribeAsync("g", """subscription { coverageGap(threatKey: "threat:no-such") { bodyKey } }""");

        Assert.Equal("error", (string?)(await client.ReceiveAsync())!["type"]);
    }

    private static async Task<JsonNode> NextGapAsync(WsTestClient client)
    {
        var message = (await client.ReceiveAsync())!;
        Assert.True((string?)message["type"] == "next", message.ToJsonString());
        return message["payload"]!["data"]!["coverageGap"]!;
    }

    private async Task OkAsync(string query)
    {
        var body = await _app.GraphQLAsync(query);
        Assert.True(body["errors"] is null, body.ToJsonString());
    }

    private async Task WaitForSubscribersAsync(int count)
    {
        var registry = _app.Services.GetRequiredService<SubscriptionRegistry>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (registry.Count != count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The registry holds {registry.Count} subscription(s), expected {count}.");
            await Task.Delay(20);
        }
    }
}
