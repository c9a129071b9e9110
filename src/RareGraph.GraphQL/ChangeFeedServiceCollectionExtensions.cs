using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using RareGraph.Domain.ChangeFeed;
using RareGraph.Domain.Writing;

namespace RareGraph.GraphQL;

internal static partial class ChangeFeedServiceCollectionExtensions
{
    /// <summary>
    /// The change feed: the one <see cref="IGraphChangeObserver"/> of the write path and the
    /// <see cref="IGraphEventSink"/> of remote events, handing every event to the registered
    /// <see cref="IGraphEventObserver"/>s (the projection first, then the subscriptions). Single-replica fan-out unless
    /// one is already registered (Redis).
    /// </summary>
    public static IServiceCollection AddRareGraphChangeFeed(this IServiceCollection services)
    {
        services.TryAddSingleton<IGraphEventFanOut, LocalOnlyFanOut>();
        services.TryAddSingleton(sp =>
        {
            var logger = sp.GetRequiredService<ILogger<GraphChangeFeed>>();
            return new GraphChangeFeed(
                sp.GetRequiredService<IGraphEventFanOut>(),
                sp.GetServices<IGraphEventObserver>(),
                e => LogFanOutFailed(logger, e));
        });
        services.AddSingleton<IGraphChangeObserver>(sp => sp.GetRequiredService<GraphChangeFeed>());
        services.AddSingleton<IGraphEventSink>(sp => sp.GetRequiredService<GraphChangeFeed>());
        return services;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish a graph event to the other replicas")]
    private static partial void LogFanOutFailed(ILogger logger, Exception exception);
}
