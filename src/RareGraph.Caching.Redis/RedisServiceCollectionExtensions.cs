using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.Domain.ChangeFeed;
using StackExchange.Redis;

namespace RareGraph.Caching.Redis;

public static class RedisServiceCollectionExtensions
{
    /// <summary>
    /// Uses Redis as the distributed cache (analysis results, persisted queries) and for cross-replica fan-out of graph
    /// events, over one shared multiplexer.
    /// The connection never blocks start-up and gives up quickly per call, so an outage costs requests nothing
    /// beyond a missed cache; the multiplexer reconnects on its own when Redis returns.
    /// </summary>
    public static IServiceCollection AddRareGraphRedis(this IServiceCollection services, string connectionString)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = 2000;
        configuration.SyncTimeout = 1000;
        configuration.AsyncTimeout = 1000;
        configuration.ConnectRetry = 1;
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(configuration));
        services.AddSingleton<IDistributedCache>(sp => new RedisCache(new RedisCacheOptions
        {
            ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>()),
            InstanceName = "raregraph:",
        }));
        services.AddSingleton<RedisGraphEventFanOut>();
        services.AddSingleton<IGraphEventFanOut>(sp => sp.GetRequiredService<RedisGraphEventFanOut>());
        services.AddHostedService(sp => sp.GetRequiredService<RedisGraphEventFanOut>());
        return services;
    }
}
