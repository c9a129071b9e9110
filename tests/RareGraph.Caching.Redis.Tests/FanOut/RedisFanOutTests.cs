using RareGraph.Domain.ChangeFeed;
using RareGraph.Domain.Model;
using RareGraph.TestSupport;

namespace RareGraph.Caching.Redis.Tests.FanOut;

/// <summary>Graph events published on one replica's Redis fan-out reach the others' sinks through real Redis pub/sub.</summary>
public sealed class RedisFanOutTests
{
    [RedisFact]
    public async Task Event_Published_By_One_Replica_Is_Delivered_To_Another_With_Its_Keys()
    {
        var address = TestRedis.RequireSharedAddress();
        var (firstServices, first, firstSink) = await RedisReplica.StartAsync(address);
        var (secondServices, _, secondSink) = await RedisReplica.StartAsync(address);
        try
        {
            var sent = new GraphEvent(
                firstSink.ReplicaId,
                42,
                ["threat:fan-out"],
                [new RelationshipEvent("threat:fan-out", RelationshipType.Targets, "org:x", RelationshipChangeKind.Created)]);

            // Subscriptions are made in the background: publish until the other side hears. Other tests' servers may
            // share this Redis and publish their own events meanwhile, so only this test's event counts.
            var deadline = DateTime.UtcNow.AddSeconds(15);
            GraphEvent? received;
            while ((received = secondSink.Received.FirstOrDefault(e => e.RecordedThreatKeys.Contains("threat:fan-out"))) is null)
            {
                Assert.True(DateTime.UtcNow < deadline, "The event never reached the other replica.");
                first.Publish(sent);
                await Task.Delay(100);
            }

            Assert.Equal(42, received.Version);
            Assert.Equal(["threat:fan-out"], received.RecordedThreatKeys);
            Assert.Equal(sent.Relationships, received.Relationships);
        }
        finally
        {
            await RedisReplica.StopAsync(firstServices);
            await RedisReplica.StopAsync(secondServices);
        }
    }
}
