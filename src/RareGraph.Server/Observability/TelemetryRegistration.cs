using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using RareGraph.Domain.Storage;
using RareGraph.GraphQL.Telemetry;

namespace RareGraph.Server.Observability;

/// <summary>
/// Where RareGraph's traces and metrics go: a Prometheus scrape endpoint always, OTLP only when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (otherwise the exporter would try localhost:4317 forever).
/// </summary>
internal static class TelemetryRegistration
{
    /// <summary>The OpenTelemetry resource's <c>service.name</c>: how a collector tells RareGraph from its neighbours.</summary>
    public const string ServiceName = "raregraph";

    /// <summary>The server's informational version (<c>service.version</c>), without the source revision suffix.</summary>
    public static string ServiceVersion { get; } =
        (typeof(TelemetryRegistration).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    public static IServiceCollection AddRareGraphTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: ServiceVersion))
            .WithTracing(tracing =>
            {
                tracing.AddSource(RareGraphTelemetry.SourceName, TracedGraphStore.SourceName)
                    .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase));
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(RareGraphTelemetry.SourceName)
                    .AddAspNetCoreInstrumentation()
                    .AddPrometheusExporter();
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }
}
