using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RareGraph.Domain.ChangeFeed;

namespace RareGraph.Caching.Redis.Tests.FanOut;

/// <summary>One replica's Redis fan-out as the host wires it, started, with a sink that records what reaches it.</summary>
internal static class RedisReplica
{
    public static async Task<(ServiceProvider Services, IGraphEventFanOut FanOut, RecordingSink Sink)> StartAsync(string address)
    {
        var sink = new RecordingSink();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{RedisOptions.SectionName}:{nameof(RedisOptions.Configuration)}"] = address })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IGraphEventSink>(sink)
            .AddRareGraphRedis()
            .BuildServiceProvider();
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return (services, services.GetRequiredService<IGraphEventFanOut>(), sink);
    }

    public static async Task StopAsync(ServiceProvider services)
    {
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await services.DisposeAsync();
    }
}
