using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace RareGraph.GraphQL.Telemetry;

/// <summary>
/// The traces and metrics RareGraph emits, as plain .NET primitives; the host decides where they go (OTLP,
/// Prometheus). Tags carry operation names, types and error codes — never variable values or entity keys.
/// </summary>
public static class RareGraphTelemetry
{
    public const string SourceName = "RareGraph";

    public static readonly ActivitySource Source = new(SourceName);

    public static readonly Meter Meter = new(SourceName);

    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "raregraph.graphql.request.duration", "s", "Duration of GraphQL operations, by operation name and type.");

    public static readonly Counter<long> Errors = Meter.CreateCounter<long>(
        "raregraph.graphql.errors", "{error}", "GraphQL errors returned, by extensions.code.");

    public static readonly Counter<long> CacheHits = Meter.CreateCounter<long>(
        "raregraph.cache.hits", "{hit}", "Analysis results served from the cache, by analysis.");

    public static readonly Counter<long> CacheMisses = Meter.CreateCounter<long>(
        "raregraph.cache.misses", "{miss}", "Analysis results computed because the cache had none (or was unreachable), by analysis.");

    public static readonly Histogram<double> AnalysisDuration = Meter.CreateHistogram<double>(
        "raregraph.analysis.duration", "s", "Time spent computing an analysis (cache misses only), by analysis.");

    public static readonly UpDownCounter<long> ActiveSubscriptions = Meter.CreateUpDownCounter<long>(
        "raregraph.subscriptions.active", "{subscription}", "Open GraphQL subscriptions.");
}
