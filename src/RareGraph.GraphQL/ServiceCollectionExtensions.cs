using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RareGraph.Domain.Writing;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Errors;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Schema;
using RareGraph.GraphQL.Transport;

namespace RareGraph.GraphQL;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the schema, executor and HTTP transport. The host must register an <see cref="Domain.Storage.IGraphStore"/>;
    /// the analysis engine is registered separately (without it, analysis fields answer UNAVAILABLE).
    /// </summary>
    public static IServiceCollection AddRareGraphGraphQL(this IServiceCollection services, Action<ExecutionLimits>? configureLimits = null)
    {
        var limits = new ExecutionLimits();
        configureLimits?.Invoke(limits);
        services.AddSingleton(limits);
        services.AddSingleton<ISchema, RareGraphSchema>();
        services.AddSingleton<IDocumentExecuter, DocumentExecuter>();
        services.AddSingleton<IErrorInfoProvider, RareGraphErrorInfoProvider>();
        services.AddSingleton<GraphQLSerializer>(sp => new GraphQLSerializer(sp.GetRequiredService<IErrorInfoProvider>()));
        services.AddSingleton<IGraphQLSerializer>(sp => sp.GetRequiredService<GraphQLSerializer>());
        services.AddSingleton<IGraphQLTextSerializer>(sp => sp.GetRequiredService<GraphQLSerializer>());
        services.AddSingleton<RareGraphExecutor>();
        services.AddSingleton<GraphQLRequestParser>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton<GraphWriter>();
        services.TryAddSingleton<IAnalysisGateway, UnavailableAnalysisGateway>();
        return services;
    }
}
