using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RareGraph.GraphQL.AspNetCore.PersistedQueries;

internal static class PersistedQueryServiceCollectionExtensions
{
    /// <summary>Persisted queries configured from <c>RareGraph:PersistedQueries</c> when the host has configuration.</summary>
    public static IServiceCollection AddRareGraphPersistedQueries(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => PersistedQueryOptions.From(sp.GetService<IConfiguration>()));
        services.TryAddSingleton(sp => TrustedDocuments.Load(sp.GetRequiredService<PersistedQueryOptions>().TrustedDocumentsPath));
        services.TryAddSingleton<RegisteredDocuments>();
        services.TryAddSingleton<PersistedQueryResolver>();
        return services;
    }
}
