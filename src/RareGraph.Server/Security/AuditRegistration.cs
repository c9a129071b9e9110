using RareGraph.Domain.Auditing;
using RareGraph.Domain.Writing;
using RareGraph.GraphQL.Security;
using RareGraph.Server.Configuration;
using RareGraph.Storage.Sqlite.Auditing;

namespace RareGraph.Server.Security;

/// <summary>The audit trail and the issued API keys: SQLite tables (in the graph's own SQLite file unless configured elsewhere) fed by the write path.</summary>
internal static class AuditRegistration
{
    public static IServiceCollection AddAuditTrail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, SecurityOptions security)
    {
        var store = configuration.GetSection(RareGraphOptions.SectionName).Get<RareGraphOptions>() ?? new RareGraphOptions();
        var path = security.AuditDatabase ?? store.Sqlite.Path;
        if (!Path.IsPathRooted(path))
        {
            path = Path.Combine(environment.ContentRootPath, path);
        }

        services.AddSingleton<IAuditTrail>(_ => new SqliteAuditTrail(path));
        // Issued API keys live beside the trail that records who may have used them.
        services.AddSingleton(sp => new IssuedKeyStore(path, security, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IApiKeyManager>(sp => sp.GetRequiredService<IssuedKeyStore>());
        services.AddSingleton<IGraphChangeObserver, AuditingObserver>();
        return services;
    }
}
