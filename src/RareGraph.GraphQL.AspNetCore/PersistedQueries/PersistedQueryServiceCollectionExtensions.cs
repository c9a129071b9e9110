using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace RareGraph.GraphQL.AspNetCore.PersistedQueries;

internal static class PersistedQueryServiceCollectionExtensions
{
    /// <summary>Persisted queries configured from <c>RareGraph:PersistedQueries</c>, checked when the host starts.</summary>
    public static IServiceCollection AddRareGraphPersistedQueries(this IServiceCollection services)
    {
        services.AddOptions<PersistedQueryOptions>()
            .BindConfiguration(PersistedQueryOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<PersistedQueryOptions>>().Value);
        services.TryAddSingleton(sp => TrustedDocuments.Load(sp.GetRequiredService<PersistedQueryOptions>().TrustedDocumentsPath));
        services.TryAddSingleton<RegisteredDocuments>();
        services.TryAddSingleton<PersistedQueryResolver>();
        return services;
    }
}
