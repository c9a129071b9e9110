using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RareGraph.Interchange.Export;

namespace RareGraph.GraphQL.AspNetCore.Interchange;

internal static class InterchangeServiceCollectionExtensions
{
    /// <summary>The exporters and the endpoints of <c>/export</c> and <c>/import</c>.</summary>
    public static IServiceCollection AddRareGraphInterchange(this IServiceCollection services)
    {
        services.TryAddSingleton<GraphExporter>();
        services.TryAddSingleton<ImpactExporter>();
        services.TryAddSingleton<ExportEndpoint>();
        return services;
    }
}
