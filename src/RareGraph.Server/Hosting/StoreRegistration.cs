using RareGraph.Domain.Storage;
using RareGraph.Server.Configuration;
using RareGraph.Storage.Neo4j;
using RareGraph.Storage.Sqlite;

namespace RareGraph.Server.Hosting;

/// <summary>
/// The one place that chooses the store adapter from configuration. The graph, its audit trail and the issued API
/// keys always come from the same store, so a write and its audit entry share one transaction and every replica of a
/// shared store sees the whole trail and every key.
/// </summary>
internal static class StoreRegistration
{
    public static IServiceCollection AddConfiguredStore(
        this IServiceCollection services,
        RareGraphOptions options,
        IConfiguration configuration,
        IHostEnvironment environment)
    {
        switch (options.Store.ToLowerInvariant())
        {
            case "sqlite":
                var path = Path.IsPathRooted(options.Sqlite.Path)
                    ? options.Sqlite.Path
                    : Path.Combine(environment.ContentRootPath, options.Sqlite.Path);
                services.AddSingleton(_ => new SqliteGraphStore(new SqliteStoreOptions { Path = path }));
                services.AddSingleton<IGraphStore>(sp => new TracedGraphStore(sp.GetRequiredService<SqliteGraphStore>(), "sqlite"));
                services.AddSingleton(sp => sp.GetRequiredService<SqliteGraphStore>().AuditTrail);
                services.AddSingleton(sp => sp.GetRequiredService<SqliteGraphStore>().IssuedKeys);
                services.AddSingleton<IBulkImportStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
                break;
            case "neo4j":
                var neo4j = configuration.GetSection(Neo4jStoreOptions.SectionName).Get<Neo4jStoreOptions>() ?? new Neo4jStoreOptions();
                try
                {
                    // Now, not when the store is first resolved: a bad setting stops the start with its name.
                    neo4j.Validate();
                }
                catch (ArgumentException invalid)
                {
                    throw new InvalidSettingException(invalid.Message, invalid);
                }

                // The store applies its own per-request timeout and retries; the client must not cut in first.
                services.AddHttpClient("neo4j", client => client.Timeout = Timeout.InfiniteTimeSpan);
                services.AddSingleton(sp => new Neo4jGraphStore(neo4j, sp.GetRequiredService<IHttpClientFactory>().CreateClient("neo4j")));
                services.AddSingleton<IGraphStore>(sp => new TracedGraphStore(sp.GetRequiredService<Neo4jGraphStore>(), "neo4j"));
                services.AddSingleton(sp => sp.GetRequiredService<Neo4jGraphStore>().AuditTrail);
                services.AddSingleton(sp => sp.GetRequiredService<Neo4jGraphStore>().IssuedKeys);
                services.AddSingleton<IBulkImportStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
                break;
            default:
                throw new InvalidSettingException($"RareGraph:Store must be 'sqlite' or 'neo4j', not '{options.Store}'.");
        }

        return services;
    }
}
