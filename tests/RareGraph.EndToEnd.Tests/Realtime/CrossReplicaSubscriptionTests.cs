using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.GraphQL.Subscriptions;
using RareGraph.TestSupport;

namespace RareGraph.EndToEnd.Tests.Realtime;

/// <summary>
/// Two real replicas (Kestrel, different ports) over one SQLite file and one real Redis: a write on the first reaches a
/// subscriber of the second through the npm graphql-ws client, and the second's analysis cache moves on with it.
/// </summary>
public sealed class CrossReplicaSubscriptionTests : IDisposable
{
    private const RedisNeeds RealtimeNeeds = RedisNeeds.SharedServer | RedisNeeds.ServerBinary | RedisNeeds.NodeTools;
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "raregraph-realtime", Guid.NewGuid().ToString("N"));

    // Keys unique per run: the shared Redis outlives runs, and cache keys hold the arguments.
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    public CrossReplicaSubscriptionTests() => Directory.CreateDirectory(_directory);

    [RedisFact(RealtimeNeeds)]
    public async Task Mutation_On_One_Replica_Reaches_A_Subscriber_Of_Another_Whose_Cache_Moves_On()
    {
        TestRedis.Require(RealtimeNeeds);
        var database = Path.Combine(_directory, "shared.db");
        using var first = new ReplicaServer(database, TestRedis.SharedAddress);
        using var second = new ReplicaServer(database, TestRedis.SharedAddress);
        var jurisdiction = $"jur:rt-{_suffix}";
        var organisation = $"org:rt-{_suffix}";
        var threat = $"threat:rt-{_suffix}";

        await Ok(first.PostAsync(
            "mutation($j: String!, $o: String!) { upsertJurisdiction(input: {key: $j, name: \"Realtime\", code: \"HU\"}) { changed } "
            + "upsertOrganisation(input: {key: $o, name: \"Realtime NGO\", kind: NGO, basedInKey: $j}) { changed } }",
            new JsonObject { ["j"] = jurisdiction, ["o"] = organisation }));

        // Asked twice on the second replica: the answer is cached before the write.
        const string Exposure = "query($o: String!) { exposure(organisationKey: $o, minScore: 0.1) { nodes { threat { key } score } } }";
        for (var i = 0; i < 2; i++)
        {
            var before = await Ok(second.PostAsync(Exposure, new JsonObject { ["o"] = organisation }));
            Assert.Empty(before["data"]!["exposure"]!["nodes"]!.AsArray());
        }

        using var threats = new NodeSubscriber(
            second.WebSocketUrl,
            ReplicaServer.AdminKey,
            1,
            "subscription($j: [String!]) { threatRecorded(jurisdictionKeys: $j) { threatKey graphVersion threat { key title } } }",
            new JsonObject { ["j"] = new JsonArray(jurisdiction) });
        using var alerts = new NodeSubscriber(
            second.WebSocketUrl,
            ReplicaServer.AdminKey,
            1,
            "subscription($o: String!) { exposureAlert(organisationKey: $o, minScore: 0.1) { threatKey score organisation { key } } }",
            new JsonObject { ["o"] = organisation });
        await threats.WaitForAsync("CONNECTED", EventTimeout);
        await alerts.WaitForAsync("CONNECTED", EventTimeout);
        await WaitUntilAsync(() => second.Services.GetRequiredService<SubscriptionRegistry>().Count >= 2, "both subscriptions registered on the second replica");

        await Ok(first.PostAsync(
            "mutation($t: String!, $j: String!, $o: String!) { recordThreat(input: {key: $t, title: \"Realtime law\", "
            + "category: LEGISLATION, occurredOn: \"2026-01-15\", jurisdictionKey: $j, targetKeys: [$o]}) { graphVersion } }",
            new JsonObject { ["t"] = threat, ["j"] = jurisdiction, ["o"] = organisation }));

        var recorded = (await threats.NextAsync(EventTimeout))["data"]!["threatRecorded"]!;
        Assert.Equal(threat, (string?)recorded["threatKey"]);
        Assert.Equal("Realtime law", (string?)recorded["threat"]!["title"]);

        var alert = (await alerts.NextAsync(EventTimeout))["data"]!["exposureAlert"]!;
        Assert.Equal(threat, (string?)alert["threatKey"]);
        Assert.Equal(organisation, (string?)alert["organisation"]!["key"]);
        Assert.True((double)alert["score"]! >= 0.1);

        var after = await Ok(second.PostAsync(Exposure, new JsonObject { ["o"] = organisation }));
        Assert.Contains(after["data"]!["exposure"]!["nodes"]!.AsArray(), e => (string?)e!["threat"]!["key"] == threat);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    private static async Task<JsonObject> Ok(Task<JsonObject> response)
    {
        var body = await response;
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(50);
        }
    }
}
