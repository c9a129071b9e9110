using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RareGraph.Caching.Redis.Tests.FanOut;
using RareGraph.TestSupport;

namespace RareGraph.Caching.Redis.Tests.Bugs;

public sealed class FanOutStoppedTwiceTests
{
    /// <summary>
    /// Regression: a test host stopped twice (stopped, then stopped again while disposing) threw
    /// ObjectDisposedException from the fan-out's second stop, failing the Redis outage test now and then.
    /// </summary>
    [RedisFact]
    public async Task Stopping_The_Fan_Out_Twice_Should_Not_Throw()
    {
        var (services, _, _) = await RedisReplica.StartAsync(TestRedis.RequireSharedAddress());
        var hosted = services.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StopAsync(CancellationToken.None);
        }

        await RedisReplica.StopAsync(services);
    }
}
