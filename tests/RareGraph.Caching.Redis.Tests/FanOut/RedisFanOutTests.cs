using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RareGraph.Caching.Redis;
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
        var (firstServices, first, firstSink) = await StartAsync(address);
        var (secondServices, _, secondSink) = await StartAsync(address);
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
            await StopAsync(firstServices);
            await StopAsync(secondServices);
        }
    }

    /// <summary>
    /// Regression: a test host stopped twice (stopped, then stopped again while disposing) threw
    /// ObjectDisposedException from the fan-out's second stop, failing the Redis outage test now and then.
    /// </summary>
    [RedisFact]
    public async Task Stopping_The_Fan_Out_Twice_Should_Not_Throw()
    {
        var (services, _, _) = await StartAsync(TestRedis.RequireSharedAddress());
        var hosted = services.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StopAsync(CancellationToken.None);
        }

        await StopAsync(services);
    }

    private static async Task<(ServiceProvider Services, IGraphEventFanOut FanOut, RecordingSink Sink)> StartAsync(string address)
    {
        var sink = new RecordingSink();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IGraphEventSink>(sink)
            .AddRareGraphRedis(address)
            .BuildServiceProvider();
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return (services, services.GetRequiredService<IGraphEventFanOut>(), sink);
    }

    private static async Task StopAsync(ServiceProvider services)
    {
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await services.DisposeAsync();
    }

    private sealed class RecordingSink : IGraphEventSink
    {
        public string ReplicaId { get; } = Guid.NewGuid().ToString("N");

        public ConcurrentQueue<GraphEvent> Received { get; } = new();

        public void Deliver(GraphEvent graphEvent) => Received.Enqueue(graphEvent);
    }
}
