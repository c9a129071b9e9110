using RareGraph.Domain.Storage;
using RareGraph.Server.Configuration;
using RareGraph.Storage.Sqlite;

namespace RareGraph.Server.Hosting;

/// <summary>The one place that chooses the store adapter from configuration.</summary>
internal static class StoreRegistration
{
    public static IServiceCollection AddConfiguredStore(this IServiceCollection services, RareGraphOptions options, IHostEnvironment environment)
    {
        switch (options.Store.ToLowerInvariant())
        {
            case "sqlite":
                var path = Path.IsPathRooted(options.Sqlite.Path)
                    ? options.Sqlite.Path
                    : Path.Combine(environment.ContentRootPath, options.Sqlite.Path);
                services.AddSingleton<IGraphStore>(_ => new SqliteGraphStore(new SqliteStoreOptions { Path = path }));
                break;
            default:
                throw new InvalidOperationException($"RareGraph:Store must be 'sqlite' or 'neo4j', not '{options.Store}'.");
        }

        return services;
    }
}
