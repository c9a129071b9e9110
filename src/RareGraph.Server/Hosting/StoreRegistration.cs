using RareGraph.Server.Configuration;
using RareGraph.Storage.Neo4j;
using RareGraph.Storage.Sqlite;

namespace RareGraph.Server.Hosting;

/// <summary>
/// The one place that chooses the store adapter. The graph, its audit trail and the issued API keys always come from
/// the same store, so a write and its audit entry share one transaction and every replica of a shared store sees the
/// whole trail and every key. Each adapter binds and checks its own settings.
/// </summary>
internal static class StoreRegistration
{
    public static IServiceCollection AddConfiguredStore(this IServiceCollection services, string? store, IHostEnvironment environment)
    {
        switch ((store ?? "sqlite").ToLowerInvariant())
        {
            case "sqlite":
                services.AddRareGraphSqlite();

                // A relative file is the server's, wherever the process was started from.
                services.PostConfigure<SqliteStoreOptions>(o =>
                {
                    if (!string.IsNullOrWhiteSpace(o.Path) && !Path.IsPathRooted(o.Path))
                    {
                        o.Path = Path.Combine(environment.ContentRootPath, o.Path);
                    }
                });
                break;
            case "neo4j":
                services.AddRareGraphNeo4j();
                break;
            default:
                throw new InvalidSettingException($"{RareGraphOptions.StoreKey} must be 'sqlite' or 'neo4j', not '{store}'.");
        }

        return services;
    }
}
