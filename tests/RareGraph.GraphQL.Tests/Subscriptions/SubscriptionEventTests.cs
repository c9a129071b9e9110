using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.GraphQL.Subscriptions;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Subscriptions;

/// <summary>What subscribers are told when writes happen on this replica.</summary>
public sealed class SubscriptionEventTests : IAsyncLifetime
{
    private readonly RareGraphApp _app = new(demoData: false);

    public async Task InitializeAsync()
    {
        var seeded = await _app.GraphQLAsync(
            "mutation { a: upsertJurisdiction(input: {key: \"jur:a\", name: \"A\", code: \"HU\"}) { changed } "
            + "b: upsertJurisdiction(input: {key: \"jur:b\", name: \"B\", code: \"PL\"}) { changed } "
            + "o: upsertOrganisation(input: {key: \"org:a\", name: \"NGO A\", kind: NGO, basedInKey: \"jur:a\"}) { changed } "
            + "p: upsertOrganisation(input: {key: \"org:b\", name: \"NGO B\", kind: NGO, basedInKey: \"jur:b\"}) { changed } }");
        Assert.True(seeded["errors"] is null, seeded.ToJsonString());
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Threat_Recorded_Reaches_Only_Subscribers_Of_Its_Jurisdiction()
    {
        await using var client = await WsTestClient.ReadyAsync(_app);
        await client.SubscribeAsync("t", "subscription { threatRecorded(jurisdictionKeys: [\"jur:a\"]) { threatKey threat { title } graphVersion } }");
        await WaitForSubscribersAsync(1);

        await RecordThreatAsync("threat:elsewhere", "jur:b", "org:b");
        await RecordThreatAsync("threat:here", "jur:a", "org:a");

        var next = (await client.ReceiveAsync())!;
        Assert.Equal("next", (string?)next["type"]);
        var recorded = next["payload"]!["data"]!["threatRecorded"]!;
        Assert.Equal("threat:here", (string?)recorded["threatKey"]);
        Assert.Equal("Threat threat:here", (string?)recorded["threat"]!["title"]);
    }

    [Fact]
    public async Task Relationship_Changes_Arrive_As_Created_Updated_Then_Deleted()
    {
        await using var client = await WsTestClient.ReadyAsync(_app);
        await client.SubscribeAsync("r", "subscription { relationshipChanged(keys: [\"org:b\"]) { change type fromKey toKey relationship { strength } } }");
        await WaitForSubscribersAsync(1);

        const string Relate = "mutation($s: Float) { relate(input: {fromKey: \"org:a\", toKey: \"org:b\", type: PARTNERS_WITH, strength: $s}) { changed } }";

        // One write at a time: payloads show the relationship as stored when the event is delivered.
        await OkAsync(Relate, new { s = 0.5 });
        var created = await NextRelationshipChangeAsync(client);
        await OkAsync(Relate, new { s = 0.8 });
        var updated = await NextRelationshipChangeAsync(client);
        await OkAsync("mutation { unrelate(input: {fromKey: \"org:a\", toKey: \"org:b\", type: PARTNERS_WITH}) { fromKey } }");
        var deleted = await NextRelationshipChangeAsync(client);

        Assert.Equal(["CREATED", "UPDATED", "DELETED"], new[] { created, updated, deleted }.Select(e => (string?)e["change"]));
        Assert.All(new[] { created, updated, deleted }, e => Assert.Equal("PARTNERS_WITH", (string?)e["type"]));
        Assert.Equal(0.5, (double)created["relationship"]!["strength"]!);
        Assert.Equal(0.8, (double)updated["relationship"]!["strength"]!);
        Assert.Null(deleted["relationship"]);
    }

    [Fact]
    public async Task Exposure_Alert_Fires_When_A_Write_Lifts_A_Threat_Over_The_Threshold()
    {
        await using var client = await WsTestClient.ReadyAsync(_app);
        await client.SubscribeAsync("x", "subscription { exposureAlert(organisationKey: \"org:a\", minScore: 0.5) { threatKey score organisation { key } } }");
        await WaitForSubscribersAsync(1);

        // Reaches org:b only: no alert for org:a.
        await RecordThreatAsync("threat:far", "jur:b", "org:b");
        // Targets org:a directly: over the threshold.
        await RecordThreatAsync("threat:near", "jur:a", "org:a");

        var alert = (await client.ReceiveAsync())!["payload"]!["data"]!["exposureAlert"]!;
        Assert.Equal("threat:near", (string?)alert["threatKey"]);
        Assert.Equal("org:a", (string?)alert["organisation"]!["key"]);
        Assert.True((double)alert["score"]! >= 0.5);
    }

    [Fact]
    public async Task Exposure_Alert_Should_Skip_The_Organisations_Own_Act_And_Events_Of_The_Other_Polarity()
    {
        await using var client = await WsTestClient.ReadyAsync(_app);
        await client.SubscribeAsync("x", "subscription { exposureAlert(organisationKey: \"org:a\", minScore: 0.5) { threatKey } }");
        await WaitForSubscribersAsync(1);

        // org:a's own act and a protective ruling both target it: neither is harm reaching it from elsewhere.
        await OkAsync(
            "mutation { recordThreat(input: {key: \"threat:own-act\", title: \"Own act\", category: LEGISLATION, occurredOn: \"2026-03-01\", "
            + "jurisdictionKey: \"jur:a\", targetKeys: [\"org:a\"], initiatedByKeys: [\"org:a\"]}) { graphVersion } }");
        await OkAsync(
            "mutation { recordThreat(input: {key: \"threat:ruling\", title: \"Ruling\", category: JUDICIAL, occurredOn: \"2026-03-01\", "
            + "polarity: PROTECTIVE, jurisdictionKey: \"jur:a\", targetKeys: [\"org:a\"]}) { graphVersion } }");
        await RecordThreatAsync("threat:harm", "jur:a", "org:a");

        var alert = (await client.ReceiveAsync())!["payload"]!["data"]!["exposureAlert"]!;
        Assert.Equal("threat:harm", (string?)alert["threatKey"]);
    }

    [Fact]
    public async Task Exposure_Alert_For_An_Unknown_Organisation_Is_An_Error()
    {
        await using var client = await WsTestClient.ReadyAsync(_app);
        await client.SubscribeAsync("x", "subscription { exposureAlert(organisationKey: \"org:nobody\") { threatKey } }");
        var error = (await client.ReceiveAsync())!;
        Assert.Equal("error", (string?)error["type"]);
    }

    [Fact]
    public async Task Complete_From_The_Client_Ends_The_Subscription()
    {
        await using var client = await WsTestClient.ReadyAsync(_app);
        await client.SubscribeAsync("c", "subscription { threatRecorded { threatKey } }");
        await WaitForSubscribersAsync(1);
        await client.SendAsync(new JsonObject { ["type"] = "complete", ["id"] = "c" });
        await WaitForSubscribersAsync(0);
    }

    [Fact]
    public async Task Closing_The_Socket_Ends_Its_Subscriptions()
    {
        var client = await WsTestClient.ReadyAsync(_app);
        await client.SubscribeAsync("c", "subscription { threatRecorded { threatKey } }");
        await WaitForSubscribersAsync(1);
        await client.DisposeAsync();
        await WaitForSubscribersAsync(0);
    }

    private static async Task<JsonNode> NextRelationshipChangeAsync(WsTestClient client) =>
        (await client.ReceiveAsync())!["payload"]!["data"]!["relationshipChanged"]!;

    private async Task RecordThreatAsync(string key, string jurisdiction, string target) =>
        await OkAsync(
            "mutation($k: String!, $t: String!, $j: String!, $o: String!) { recordThreat(input: {key: $k, title: $t, "
            + "category: LEGISLATION, occurredOn: \"2026-03-01\", jurisdictionKey: $j, targetKeys: [$o]}) { graphVersion } }",
            new { k = key, t = $"Threat {key}", j = jurisdiction, o = target });

    private async Task OkAsync(string query, object? variables = null)
    {
        var body = await _app.GraphQLAsync(query, variables);
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
