using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RareGraph.Interchange.Export;
using RareGraph.Interchange.Import;

namespace RareGraph.GraphQL.AspNetCore.Interchange;

internal static class InterchangeServiceCollectionExtensions
{
    /// <summary>The exporters and the endpoints of <c>/export</c> and <c>/import</c>.</summary>
    public static IServiceCollection AddRareGraphInterchange(this IServiceCollection services)
    {
        services.TryAddSingleton<GraphExporter>();
        services.TryAddSingleton<ImpactExporter>();
        services.TryAddSingleton<ExportEndpoint>();
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<GraphImporter>();
        services.TryAddSingleton<ImportEndpoint>();
        return services;
    }
}
