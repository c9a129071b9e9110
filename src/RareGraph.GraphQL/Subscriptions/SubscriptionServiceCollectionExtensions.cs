using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RareGraph.Domain.Storage;
using RareGraph.Domain.Writing;
using RareGraph.GraphQL.Transport.Sse;
using RareGraph.GraphQL.Transport.WebSockets;

namespace RareGraph.GraphQL.Subscriptions;

internal static class SubscriptionServiceCollectionExtensions
{
    /// <summary>
    /// The WebSocket and SSE transports, the event hub (observer of every write, sink of remote events), single-replica fan-out unless one is already
    /// registered (Redis), and a document executer whose subscription strategy gives each event fresh loaders.
    /// </summary>
    public static IServiceCollection AddRareGraphSubscriptions(this IServiceCollection services)
    {
        services.TryAddSingleton(new SubscriptionLimits());
        services.TryAddSingleton<IGraphEventFanOut, LocalOnlyFanOut>();
        services.TryAddSingleton<GraphEventHub>();
        services.TryAddSingleton(new GraphQLWsOptions());
        services.TryAddSingleton<WebSocketCaller>();
        services.TryAddSingleton<GraphQLWebSocketEndpoint>();
        services.TryAddSingleton<GraphQLSseEndpoint>();
        services.AddSingleton<IGraphEventSink>(sp => sp.GetRequiredService<GraphEventHub>());
        services.AddSingleton<IGraphChangeObserver>(sp => sp.GetRequiredService<GraphEventHub>());
        services.Replace(ServiceDescriptor.Singleton<IDocumentExecuter>(sp => new DocumentExecuter(
            new GraphQLDocumentBuilder(),
            new DocumentValidator(),
            new DefaultExecutionStrategySelector(
            [
                new ExecutionStrategyRegistration(new ParallelExecutionStrategy(), OperationType.Query),
                new ExecutionStrategyRegistration(new SerialExecutionStrategy(), OperationType.Mutation),
                new ExecutionStrategyRegistration(new SubscriptionStrategy(sp.GetRequiredService<IGraphStore>()), OperationType.Subscription),
            ]),
            [])));
        return services;
    }
}
