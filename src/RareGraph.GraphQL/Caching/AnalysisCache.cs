using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using RareGraph.GraphQL.Telemetry;

namespace RareGraph.GraphQL.Caching;

/// <summary>
/// Caches analysis results in the configured <see cref="IDistributedCache"/> (Redis, or in-process) under a key made of
/// the analysis, the graph version and the normalised arguments — so a write, which moves the version, can never be
/// answered from before it. Results hold entity keys only; what a caller may see of those entities is decided later, at
/// resolution, so one cached answer serves every role safely.
/// </summary>
/// <remarks>
/// The cache is an optimisation, never a dependency: when it fails (Redis stopped, unreachable, slow), the request is
/// answered uncached, one warning is logged for the outage, and the cache is left alone for a short cool-down before it
/// is tried again — so an outage adds no latency to every request and caching resumes by itself.
/// </remarks>
public sealed partial class AnalysisCache(IDistributedCache cache, ILogger<AnalysisCache> logger, TimeProvider time)
{
    private static readonly TimeSpan CoolDown = TimeSpan.FromSeconds(5);
    private static readonly DistributedCacheEntryOptions EntryOptions = new() { SlidingExpiration = TimeSpan.FromMinutes(30) };
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private long _unavailableUntilTicks;
    private int _outage;

    public Task<T> GetOrComputeAsync<T>(string analysis, long graphVersion, object arguments, Func<T> compute, CancellationToken cancellationToken) =>
        GetOrComputeAsync(analysis, graphVersion, arguments, () => Task.FromResult(compute()), cancellationToken);

    public async Task<T> GetOrComputeAsync<T>(string analysis, long graphVersion, object arguments, Func<Task<T>> compute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compute);
        var key = Key(analysis, graphVersion, arguments);
        var tag = new KeyValuePair<string, object?>("analysis", analysis);
        var cached = await TryGetAsync(key, cancellationToken);
        if (cached is not null)
        {
            RareGraphTelemetry.CacheHits.Add(1, tag);
            return JsonSerializer.Deserialize<T>(cached, Json)!;
        }

        RareGraphTelemetry.CacheMisses.Add(1, tag);
        using var activity = RareGraphTelemetry.Source.StartActivity($"analysis {analysis}");
        activity?.SetTag("raregraph.analysis", analysis);
        activity?.SetTag("raregraph.graph_version", graphVersion);
        var started = Stopwatch.GetTimestamp();
        var result = await compute();
        RareGraphTelemetry.AnalysisDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tag);
        await TrySetAsync(key, JsonSerializer.SerializeToUtf8Bytes(result, Json), cancellationToken);
        return result;
    }

    /// <summary>rg:analysis:{name}:{version}:{sha256 of the arguments as JSON}. Argument records serialise deterministically.</summary>
    public static string Key(string analysis, long graphVersion, object arguments)
    {
        var hash = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(arguments, arguments.GetType(), Json));
        return $"rg:analysis:{analysis}:{graphVersion}:{Convert.ToHexStringLower(hash)}";
    }

    private async Task<byte[]?> TryGetAsync(string key, CancellationToken cancellationToken)
    {
        if (InCoolDown())
        {
            return null;
        }

        try
        {
            var value = await cache.GetAsync(key, cancellationToken);
            Recovered();
            return value;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Failed(e);
            return null;
        }
    }

    private async Task TrySetAsync(string key, byte[] value, CancellationToken cancellationToken)
    {
        if (InCoolDown())
        {
            return;
        }

        try
        {
            await cache.SetAsync(key, value, EntryOptions, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Failed(e);
        }
    }

    private bool InCoolDown() => time.GetUtcNow().UtcTicks < Interlocked.Read(ref _unavailableUntilTicks);

    private void Failed(Exception exception)
    {
        Interlocked.Exchange(ref _unavailableUntilTicks, (time.GetUtcNow() + CoolDown).UtcTicks);
        if (Interlocked.Exchange(ref _outage, 1) == 0)
        {
            LogCacheUnavailable(logger, exception.GetType().Name);
        }
    }

    private void Recovered()
    {
        if (Interlocked.Exchange(ref _outage, 0) == 1)
        {
            LogCacheRecovered(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The analysis cache is unavailable ({ExceptionType}); answering uncached until it returns")]
    private static partial void LogCacheUnavailable(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "The analysis cache is available again")]
    private static partial void LogCacheRecovered(ILogger logger);
}
