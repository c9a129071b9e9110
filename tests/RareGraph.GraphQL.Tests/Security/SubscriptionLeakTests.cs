using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.GraphQL.Security;
using RareGraph.GraphQL.Subscriptions;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Security;

/// <summary>A subscriber below EDITOR sees a defender in a change event only by pseudonym, like any query would show it.</summary>
public sealed class SubscriptionLeakTests : IDisposable
{
    private readonly RareGraphApp _app = new(demoData: false);

    [Fact]
    public async Task Relationship_Event_Should_Not_Carry_Restricted_Defender_Fields_To_A_Viewer()
    {
        await _app.GraphQLAsync("""mutation { upsertOrganisation(input: { key: "org:a", name: "A", kind: NGO }) { changed } }""");
        await _app.GraphQLAsync("""mutation { upsertDefender(input: { key: "defender:s", displayName: "S (fictional)", legalName: "Fictional Person Sub", contact: "sub@example.invalid", riskLevel: HIGH }) { changed } }""");
        await using var viewer = await WsTestClient.ConnectAsync(_app, TestCallers.KeyFor(RareGraphRoles.Viewer));
        await viewer.SendAsync(new JsonObject { ["type"] = "connection_init" });
        Assert.Equal("connection_ack", (string?)(await viewer.ReceiveAsync())!["type"]);
        await viewer.SubscribeAsync("s", "subscription { relationshipChanged { relationship { from { name ... on Defender { legalName contact location riskLevel } } } } }");
        await WaitForSubscriberAsync();

        await _app.GraphQLAsync("""mutation { relate(input: { fromKey: "defender:s", toKey: "org:a", type: AFFILIATED_WITH }) { changed } }""");
        var next = (await viewer.ReceiveAsync())!;

        var text = next.ToJsonString();
        Assert.Equal("next", (string?)next["type"]);
        Assert.Contains("S (fictional)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Fictional Person Sub", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sub@example.invalid", text, StringComparison.Ordinal);
        Assert.DoesNotContain("HIGH", text, StringComparison.Ordinal);
        Assert.All(next["payload"]!["errors"]!.AsArray(), e => Assert.Equal("FORBIDDEN", (string?)e!["extensions"]!["code"]));
    }

    public void Dispose() => _app.Dispose();

    private async Task WaitForSubscriberAsync()
    {
        var registry = _app.Services.GetRequiredService<SubscriptionRegistry>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (registry.Count != 1)
        {
            Assert.True(DateTime.UtcNow < deadline, "The subscription never registered.");
            await Task.Delay(20);
        }
    }
}
