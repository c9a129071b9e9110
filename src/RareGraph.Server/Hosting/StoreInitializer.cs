using GraphQL.Types;
using Microsoft.Extensions.Options;
using RareGraph.DemoData;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Storage;
using RareGraph.Domain.Writing;
using RareGraph.Server.Configuration;

namespace RareGraph.Server.Hosting;

/// <summary>
/// Prepares the schema and the store: schema migrations, then the demo data when asked for. A store that answers at
/// once is ready before the server accepts requests. A store that is down (Neo4j starting beside us in docker compose)
/// is waited for in the background, with a doubling delay and one Warning per attempt, while <c>/health/ready</c>
/// answers 503 and the API UNAVAILABLE; the server becomes ready by itself when the store appears. A store that can
/// never work with this configuration (wrong password, no Query API) stops the process with one line naming the setting.
/// </summary>
internal sealed partial class StoreInitializer(
    IGraphStore store,
    GraphWriter writer,
    IOptions<RareGraphOptions> options,
    IOptions<StoreStartOptions> retryOptions,
    StoreStartState state,
    ISchema schema,
    IHostApplicationLifetime lifetime,
    ILogger<StoreInitializer> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task? _waiting;
    private int _disposed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Build the schema now, so a broken type fails the start rather than the first request.
        schema.Initialize();
        if (await TryInitializeAsync(1, cancellationToken) is { } delay)
        {
            _waiting = WaitForStoreAsync(delay, _stopping.Token);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host torn down by WebApplicationFactory (and any host disposed before it is stopped) disposes its services
        // first and stops them after; there is nothing left to stop then.
        if (Volatile.Read(ref _disposed) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        if (_waiting is not null)
        {
            await _waiting.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _stopping.Dispose();
        }
    }

    private async Task WaitForStoreAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            for (var attempt = 2; ; attempt++)
            {
                await Task.Delay(delay, cancellationToken);
                if (await TryInitializeAsync(attempt, cancellationToken) is not { } next)
                {
                    return;
                }

                delay = next;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The server is stopping.
        }
    }

    /// <summary>Null when the store is ready or the start has failed for good; else how long to wait before the next attempt.</summary>
    private async Task<TimeSpan?> TryInitializeAsync(int attempt, CancellationToken cancellationToken)
    {
        try
        {
            await store.InitializeAsync(cancellationToken);
            if (options.Value.DemoData && await DemoDataSet.LoadIfEmptyAsync(store, writer, cancellationToken))
            {
                LogDemoLoaded(logger, await store.GetVersionAsync(cancellationToken));
            }

            state.MarkReady();
            if (attempt > 1)
            {
                LogStoreReady(logger, attempt);
            }

            return null;
        }
        catch (RareGraphException down) when (down.IsTransient)
        {
            var delay = RetryDelay(attempt);
            LogStoreDown(logger, attempt, down.Message, delay.TotalSeconds);
            return delay;
        }
        catch (RareGraphException broken)
        {
            Stop(broken.Message);
            return null;
        }
        catch (InvalidSettingException invalid)
        {
            Stop(invalid.Message);
            return null;
        }
    }

    private TimeSpan RetryDelay(int attempt)
    {
        var retry = retryOptions.Value;
        var doubled = retry.FirstRetryDelay * Math.Pow(2, Math.Min(attempt - 1, 16));
        return doubled < retry.MaxRetryDelay ? doubled : retry.MaxRetryDelay;
    }

    /// <summary>Program prints the reason as one line and exits non-zero once the host has stopped.</summary>
    private void Stop(string reason)
    {
        state.Fail(reason);

        // Stopping while the host still starts would cancel Kestrel's bind, which the host logs with a stack trace.
        lifetime.ApplicationStarted.Register(lifetime.StopApplication);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the demo data set into the empty store (graph version {Version})")]
    private static partial void LogDemoLoaded(ILogger logger, long version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The graph store is not reachable (attempt {Attempt}): {Reason} Retrying in {DelaySeconds:0.#} s; until then the API answers UNAVAILABLE.")]
    private static partial void LogStoreDown(ILogger logger, int attempt, string reason, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The graph store answered at attempt {Attempt}: the server is ready")]
    private static partial void LogStoreReady(ILogger logger, int attempt);
}
