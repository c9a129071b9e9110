using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using RareGraph.TestSupport;

namespace RareGraph.EndToEnd.Tests.Realtime;

/// <summary>
/// Redis is an optimisation: stopping it in the middle of a run of requests fails none of them, and starting it again
/// brings caching back. The test runs its own redis-server so that it may stop it.
/// </summary>
public sealed class RedisOutageTests : IDisposable
{
    private const RedisNeeds RealtimeNeeds = RedisNeeds.SharedServer | RedisNeeds.ServerBinary | RedisNeeds.NodeTools;
    private const string Exposure = "query($o: String!, $m: Float) { exposure(organisationKey: $o, minScore: $m) { nodes { threat { key } score } } }";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "raregraph-realtime", Guid.NewGuid().ToString("N"));

    public RedisOutageTests() => Directory.CreateDirectory(_directory);

    [RedisFact(RealtimeNeeds)]
    public async Task Stopping_Redis_Mid_Run_Fails_No_Request_And_Restarting_It_Restores_Caching()
    {
        TestRedis.Require(RealtimeNeeds);
        using var redis = new RedisProcess();
        using var server = new ReplicaServer(Path.Combine(_directory, "outage.db"), redis.Address);
        await Seed(server);
        var failures = new List<string>();
        var asked = 0;

        await AskAsync(server, asked++, failures);
        Assert.True(await CachedEntriesAsync(server, redis) > 0, "Nothing was cached while Redis was up.");

        var running = Task.Run(async () =>
        {
            for (var i = 0; i < 60; i++)
            {
                await AskAsync(server, Interlocked.Increment(ref asked), failures);
                await Task.Delay(50);
            }
        });
        await Task.Delay(500);
        redis.Stop();
        await running;
        Assert.True(failures.Count == 0, $"{failures.Count} request(s) failed during the outage: {string.Join(Environment.NewLine, failures.Take(3))}");

        redis.Start();
        var deadline = DateTime.UtcNow.AddSeconds(40);
        while (await CachedEntriesAsync(server, redis) == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "Caching did not resume after Redis came back.");
            await AskAsync(server, Interlocked.Increment(ref asked), failures);
            await Task.Delay(250);
        }

        Assert.Empty(failures);
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

    private static async Task Seed(ReplicaServer server)
    {
        var seeded = await server.PostAsync(
            "mutation { upsertJurisdiction(input: {key: \"jur:outage\", name: \"Outage\", code: \"FR\"}) { changed } "
            + "upsertOrganisation(input: {key: \"org:outage\", name: \"Outage NGO\", kind: NGO, basedInKey: \"jur:outage\"}) { changed } "
            + "recordThreat(input: {key: \"threat:outage\", title: \"Outage raid\", category: RAID, occurredOn: \"2026-02-01\", targetKeys: [\"org:outage\"]}) { graphVersion } }");
        Assert.True(seeded["errors"] is null, seeded.ToJsonString());
    }

    /// <summary>Each call asks with a new threshold, so each is a new cache entry: a miss, then a write to the cache.</summary>
    private static async Task AskAsync(ReplicaServer server, int index, List<string> failures)
    {
        try
        {
            var body = await server.PostAsync(Exposure, new JsonObject { ["o"] = "org:outage", ["m"] = 0.01 + (index * 0.0001) });
            var exposure = body["data"]?["exposure"]?["nodes"]?.AsArray();
            if (body["errors"] is not null || exposure is null || exposure.Count != 1)
            {
                lock (failures)
                {
                    failures.Add(body.ToJsonString());
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Xunit.Sdk.XunitException)
        {
            lock (failures)
            {
                failures.Add(e.Message);
            }
        }
    }

    /// <summary>How many analysis results the server's Redis holds (0 while it is down).</summary>
    private static async Task<long> CachedEntriesAsync(ReplicaServer server, RedisProcess redis)
    {
        try
        {
            var multiplexer = server.Services.GetRequiredService<IConnectionMultiplexer>();
            var keys = multiplexer.GetServer(redis.Address).KeysAsync(pattern: "raregraph:rg:analysis:*");
            long count = 0;
            await foreach (var _ in keys)
            {
                count++;
            }

            return count;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return 0;
        }
    }
}
