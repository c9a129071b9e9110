using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using RareGraph.GraphQL.Telemetry;

namespace RareGraph.Server.Observability;

/// <summary>
/// Where RareGraph's traces and metrics go: a Prometheus scrape endpoint always, OTLP only when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (otherwise the exporter would try localhost:4317 forever).
/// </summary>
internal static class TelemetryRegistration
{
    public static IServiceCollection AddRareGraphTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddOpenTelemetry()
            .WithTracing(tracing =>
            {
                tracing.AddSource(RareGraphTelemetry.SourceName)
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
