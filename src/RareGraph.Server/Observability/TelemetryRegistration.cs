using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using RareGraph.Domain.Storage;
using RareGraph.GraphQL.Telemetry;

namespace RareGraph.Server.Observability;

/// <summary>
/// Where RareGraph's traces and metrics go: metrics to a Prometheus scrape endpoint always, traces and metrics over OTLP
/// only when <see cref="TelemetryOptions.OtlpEndpoint"/> is set; without it no span is recorded at all. The choice is made when the providers are built, from the bound
/// and checked options, not by reading the configuration while the services are wired.
/// </summary>
internal static class TelemetryRegistration
{
    /// <summary>The OpenTelemetry resource's <c>service.name</c>: how a collector tells RareGraph from its neighbours.</summary>
    public const string ServiceName = "raregraph";

    /// <summary>The server's informational version (<c>service.version</c>), without the source revision suffix.</summary>
    public static string ServiceVersion { get; } =
        (typeof(TelemetryRegistration).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    public static IServiceCollection AddRareGraphTelemetry(this IServiceCollection services)
    {
        services.AddOptions<TelemetryOptions>()
            .Configure<IConfiguration>((options, configuration) => configuration.Bind(options))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: ServiceVersion))
            .WithTracing(tracing => tracing
                .AddSource(RareGraphTelemetry.SourceName, TracedGraphStore.SourceName)
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase)))
            .WithMetrics(metrics => metrics
                .AddMeter(RareGraphTelemetry.SourceName)
                .AddAspNetCoreInstrumentation()
                .AddPrometheusExporter());
        services.ConfigureOpenTelemetryTracerProvider((provider, tracing) =>
        {
            if (OtlpExporter(provider) is { } otlp)
            {
                tracing.AddProcessor(new BatchActivityExportProcessor(new OtlpTraceExporter(otlp)));
            }
            else
            {
                // Nothing would receive a span: none is recorded. Sampling answers None inside a trace (no activity is
                // made for the operation or the store calls) and only propagates the trace id at its root; a host
                // adding an exporter of its own sets its own sampler.
                tracing.SetSampler(new AlwaysOffSampler());
            }
        });
        services.ConfigureOpenTelemetryMeterProvider((provider, metrics) =>
        {
            if (OtlpExporter(provider) is { } otlp)
            {
                metrics.AddReader(new PeriodicExportingMetricReader(new OtlpMetricExporter(otlp)));
            }
        });
        return services;
    }

    /// <summary>
    /// The exporter's settings: the standard <c>OTEL_EXPORTER_OTLP_*</c> variables (protocol, headers, timeout) as the
    /// OpenTelemetry SDK reads them, with the endpoint from the bound options; null when no endpoint is configured.
    /// </summary>
    private static OtlpExporterOptions? OtlpExporter(IServiceProvider provider)
    {
        if (provider.GetRequiredService<IOptions<TelemetryOptions>>().Value.OtlpEndpoint is not { } endpoint)
        {
            return null;
        }

        var exporter = new OtlpExporterOptions();

        // Left alone when the SDK read the same address from the environment: it then appends the signal's path
        // (/v1/traces) itself for http/protobuf, which it does not for an endpoint set in code.
        if (exporter.Endpoint != endpoint)
        {
            exporter.Endpoint = endpoint;
        }

        return exporter;
    }
}
