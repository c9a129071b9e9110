using RareGraph.Caching.Redis;

namespace RareGraph.Server.Hosting;

/// <summary>
/// The one place that chooses the cache and the cross-replica fan-out: Redis when <c>RareGraph:Redis</c> is set, else
/// the in-process cache with local events only. The adapter binds and checks its own section.
/// </summary>
internal static class CacheRegistration
{
    public static IServiceCollection AddConfiguredCache(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration.GetSection(RedisOptions.SectionName);
        var shortForm = redis.Value;
        if (string.IsNullOrWhiteSpace(shortForm) && !redis.GetChildren().Any())
        {
            return services;
        }

        services.AddRareGraphRedis();

        // The documented short form, RareGraph:Redis=host:port (RareGraph__Redis in the environment), is the connection
        // string itself; RareGraph:Redis:Configuration says the same inside the section and wins when both are given.
        if (!string.IsNullOrWhiteSpace(shortForm))
        {
            services.Configure<RedisOptions>(options => options.Configuration ??= shortForm);
        }

        return services;
    }
}
