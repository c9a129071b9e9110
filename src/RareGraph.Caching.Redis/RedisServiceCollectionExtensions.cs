using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RareGraph.Domain.ChangeFeed;
using StackExchange.Redis;

namespace RareGraph.Caching.Redis;

public static class RedisServiceCollectionExtensions
{
    /// <summary>
    /// Uses Redis as the distributed cache (analysis results, persisted queries) and for cross-replica fan-out of graph
    /// events, over one shared multiplexer, configured by the <c>RareGraph:Redis</c> section (<see cref="RedisOptions"/>,
    /// checked when the host starts).
    /// The connection never blocks start-up and gives up quickly per call, so an outage costs requests nothing
    /// beyond a missed cache; the multiplexer reconnects on its own when Redis returns.
    /// </summary>
    public static IServiceCollection AddRareGraphRedis(this IServiceCollection services)
    {
        services.AddOptions<RedisOptions>()
            .BindConfiguration(RedisOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<RedisOptions>, RedisOptionsValidation>();
        services.AddSingleton<IConnectionMultiplexer>(sp => ConnectionMultiplexer.Connect(Configure(sp.GetRequiredService<IOptions<RedisOptions>>().Value)));
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

    private static ConfigurationOptions Configure(RedisOptions options)
    {
        var configuration = ConfigurationOptions.Parse(options.Configuration!);
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = Milliseconds(options.ConnectTimeout);
        configuration.SyncTimeout = Milliseconds(options.OperationTimeout);
        configuration.AsyncTimeout = Milliseconds(options.OperationTimeout);
        configuration.ConnectRetry = 1;
        return configuration;
    }

    private static int Milliseconds(TimeSpan span) => (int)Math.Ceiling(span.TotalMilliseconds);
}
