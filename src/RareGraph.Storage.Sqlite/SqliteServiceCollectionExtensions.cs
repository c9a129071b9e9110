using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RareGraph.Domain.Storage;

namespace RareGraph.Storage.Sqlite;

public static class SqliteServiceCollectionExtensions
{
    /// <summary>
    /// The embedded store, configured by the <c>RareGraph:Sqlite</c> section (<see cref="SqliteStoreOptions"/>, checked
    /// when the host starts): the graph, its audit trail, the issued API keys and the bulk import, all in one file, so a
    /// write and its audit entry share one transaction.
    /// </summary>
    public static IServiceCollection AddRareGraphSqlite(this IServiceCollection services)
    {
        services.AddOptions<SqliteStoreOptions>()
            .BindConfiguration(SqliteStoreOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => new SqliteGraphStore(sp.GetRequiredService<IOptions<SqliteStoreOptions>>().Value));
        services.AddSingleton<IGraphStore>(sp => new TracedGraphStore(sp.GetRequiredService<SqliteGraphStore>(), "sqlite"));
        services.AddSingleton(sp => sp.GetRequiredService<SqliteGraphStore>().AuditTrail);
        services.AddSingleton(sp => sp.GetRequiredService<SqliteGraphStore>().IssuedKeys);
        services.AddSingleton<IBulkImportStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        return services;
    }
}
