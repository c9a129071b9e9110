using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RareGraph.Domain.ChangeFeed;
using RareGraph.Domain.Storage;

namespace RareGraph.GraphQL.Subscriptions;

internal static class SubscriptionServiceCollectionExtensions
{
    /// <summary>
    /// The subscription registry (an observer of the change feed) and a document executer whose subscription strategy
    /// gives each event fresh loaders.
    /// </summary>
    public static IServiceCollection AddRareGraphSubscriptions(this IServiceCollection services)
    {
        services.AddOptions<SubscriptionLimits>()
            .BindConfiguration(SubscriptionLimits.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<SubscriptionLimits>>().Value);
        services.TryAddSingleton<SubscriptionRegistry>();
        services.AddSingleton<IGraphEventObserver>(sp => sp.GetRequiredService<SubscriptionRegistry>());
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
