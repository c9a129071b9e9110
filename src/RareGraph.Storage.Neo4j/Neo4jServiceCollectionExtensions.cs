using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RareGraph.Domain.Storage;

namespace RareGraph.Storage.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    private const string HttpClientName = "neo4j";

    /// <summary>
    /// Neo4j over its HTTP Query API, configured by the <c>RareGraph:Neo4j</c> section (<see cref="Neo4jStoreOptions"/>,
    /// checked when the host starts): the graph, its audit trail, the issued API keys and the bulk import.
    /// </summary>
    public static IServiceCollection AddRareGraphNeo4j(this IServiceCollection services)
    {
        services.AddOptions<Neo4jStoreOptions>()
            .BindConfiguration(Neo4jStoreOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<Neo4jStoreOptions>, Neo4jStoreOptionsValidation>();

        // The store applies its own per-request timeout and retries; the client must not cut in first.
        services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton(sp => new Neo4jGraphStore(
            sp.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));
        services.AddSingleton<IGraphStore>(sp => new TracedGraphStore(sp.GetRequiredService<Neo4jGraphStore>(), "neo4j"));
        services.AddSingleton(sp => sp.GetRequiredService<Neo4jGraphStore>().AuditTrail);
        services.AddSingleton(sp => sp.GetRequiredService<Neo4jGraphStore>().IssuedKeys);
        services.AddSingleton<IBulkImportStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        return services;
    }
}
