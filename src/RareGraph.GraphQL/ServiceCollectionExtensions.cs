using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RareGraph.Analysis.Projection;
using RareGraph.Domain.Auditing;
using RareGraph.Domain.ChangeFeed;
using RareGraph.Domain.Storage;
using RareGraph.Domain.Writing;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Caching;
using RareGraph.GraphQL.Errors;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Schema;
using RareGraph.GraphQL.Security;
using RareGraph.GraphQL.Subscriptions;

namespace RareGraph.GraphQL;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the schema, executor, the write path and its change feed, subscriptions and the analysis engine over
    /// the current graph projection; the HTTP, WebSocket and SSE transport is registered by
    /// <c>RareGraph.GraphQL.AspNetCore</c>. The host must register an <see cref="IGraphStore"/>, and should register the
    /// store's <see cref="IAuditTrail"/> (for <c>auditTrail</c>) and an <see cref="Security.IApiKeyManager"/> (for key
    /// management). The request limits come from <c>RareGraph:Limits</c>, checked when the host starts.
    /// </summary>
    public static IServiceCollection AddRareGraphGraphQL(this IServiceCollection services)
    {
        services.AddOptions<ExecutionLimits>().BindConfiguration(ExecutionLimits.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ExecutionLimits>>().Value);
        services.AddOptions<DocumentLimits>().BindConfiguration(DocumentLimits.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<DocumentLimits>>().Value);
        services.TryAddSingleton(new AccessOptions());
        // Cursors made with a key of this process only; a host that runs replicas or restarts under load configures one.
        services.TryAddSingleton(_ => Paging.CursorSeal.Ephemeral());
        services.AddSingleton<ISchema, RareGraphSchema>();
        services.AddSingleton<IDocumentExecuter, DocumentExecuter>();
        services.AddSingleton<IErrorInfoProvider, RareGraphErrorInfoProvider>();
        services.AddSingleton<GraphQLSerializer>(sp => new GraphQLSerializer(sp.GetRequiredService<IErrorInfoProvider>()));
        services.AddSingleton<IGraphQLSerializer>(sp => sp.GetRequiredService<GraphQLSerializer>());
        services.AddSingleton<IGraphQLTextSerializer>(sp => sp.GetRequiredService<GraphQLSerializer>());
        services.AddSingleton<RareGraphExecutor>();
        services.AddSingleton<GraphProjectionProvider>(sp => new GraphProjectionProvider(sp.GetRequiredService<IGraphStore>()));
        services.AddSingleton<IGraphEventObserver>(sp => sp.GetRequiredService<GraphProjectionProvider>());
        services.TryAddSingleton<IAuditActor, CallerAuditActor>();
        services.AddSingleton<GraphWriter>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDistributedCache>(sp => new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())));
        services.AddSingleton<AnalysisCache>();
        services.AddSingleton<ReportCache>();
        services.AddOptions<ResponseCacheOptions>().BindConfiguration(ResponseCacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<IAnalysisGateway, SpilloverAnalysisGateway>();
        services.AddSingleton<CoverageGateway>();
        services.AddRareGraphSubscriptions();
        services.AddRareGraphChangeFeed();
        return services;
    }
}
