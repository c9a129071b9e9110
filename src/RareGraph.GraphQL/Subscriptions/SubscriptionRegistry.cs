using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using RareGraph.Domain.ChangeFeed;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Storage;

namespace RareGraph.GraphQL.Subscriptions;

/// <summary>
/// This replica's live GraphQL subscriptions: told of every graph event by the <see cref="GraphChangeFeed"/> (local
/// writes and, with a fan-out, remote ones), it hands each batch of events to the registered listeners, within the
/// bounds of <see cref="SubscriptionLimits"/>.
/// </summary>
/// <remarks>
/// Writers are never slowed down: events go through a bounded queue read by one loop, which coalesces bursts, and the
/// store look-ups several listeners need (the places of recorded threats) are made once per batch.
/// </remarks>
internal sealed partial class SubscriptionRegistry : IGraphEventObserver, IDisposable
{
    private readonly IGraphStore _store;
    private readonly SubscriptionLimits _limits;
    private readonly ILogger<SubscriptionRegistry> _logger;
    private readonly Channel<GraphEvent> _queue;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly Task _loop;
    private IGraphEventListener[] _listeners = [];
    private int _exposureWatches;
    private int _disposed;

    public SubscriptionRegistry(IGraphStore store, SubscriptionLimits limits, ILogger<SubscriptionRegistry> logger)
    {
        _store = store;
        _limits = limits;
        _logger = logger;
        _queue = Channel.CreateBounded<GraphEvent>(new BoundedChannelOptions(limits.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Live subscriptions on this replica.</summary>
    public int Count => Volatile.Read(ref _listeners).Length;

    public void OnEvent(GraphEvent graphEvent)
    {
        ArgumentNullException.ThrowIfNull(graphEvent);
        Enqueue(graphEvent);
    }

    /// <summary>Registers a live subscription; disposing the result removes it.</summary>
    public IDisposable Add(IGraphEventListener listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        lock (_gate)
        {
            if (_listeners.Length >= _limits.MaxSubscriptions)
            {
                throw new RareGraphException(ErrorCodes.LimitExceeded, "This server holds as many live subscriptions as it allows; try again later.");
            }

            if (listener is IAnalysisWatch)
            {
                if (_exposureWatches >= _limits.MaxExposureWatches)
                {
                    throw new RareGraphException(ErrorCodes.LimitExceeded, "This server watches as many exposures and coverage gaps as it allows; try again later.");
                }

                _exposureWatches++;
            }

            Volatile.Write(ref _listeners, [.. _listeners, listener]);
        }

        return new Registration(this, listener);
    }

    public void Dispose()
    {
        // Registered under several service types, so the container may dispose it more than once.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _queue.Writer.TryComplete();
        _stop.Cancel();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends by cancellation; nothing is left to report at shutdown.
        }

        _stop.Dispose();
    }

    private void Remove(IGraphEventListener listener)
    {
        lock (_gate)
        {
            var remaining = _listeners.Where(l => !ReferenceEquals(l, listener)).ToArray();
            if (remaining.Length != _listeners.Length && listener is IAnalysisWatch)
            {
                _exposureWatches--;
            }

            Volatile.Write(ref _listeners, remaining);
        }
    }

    private void Enqueue(GraphEvent graphEvent)
    {
        if (!_queue.Writer.TryWrite(graphEvent))
        {
            LogQueueClosed(_logger, graphEvent.Version);
        }
    }

    private async Task RunAsync()
    {
        var token = _stop.Token;
        try
        {
            while (await _queue.Reader.WaitToReadAsync(token))
            {
                var events = new List<GraphEvent>();
                while (_queue.Reader.TryRead(out var graphEvent))
                {
                    events.Add(graphEvent);
                }

                var listeners = Volatile.Read(ref _listeners);
                if (listeners.Length == 0)
                {
                    continue;
                }

                var batch = new EventBatch(events, await PlacesAsync(events, token));
                foreach (var listener in listeners)
                {
                    await HandleAsync(listener, batch, token);
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task HandleAsync(IGraphEventListener listener, EventBatch batch, CancellationToken token)
    {
        try
        {
            await listener.HandleAsync(batch, token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
        {
            // One failing subscription (say, its organisation was deleted) must not starve the others.
            LogListenerFailed(_logger, listener.GetType().Name, e);
        }
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> PlacesAsync(List<GraphEvent> events, CancellationToken token)
    {
        try
        {
            return await ThreatPlaces.LoadAsync(_store, events.SelectMany(e => e.RecordedThreatKeys), token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
        {
            // Without places, filtered threat subscriptions miss this batch; unfiltered ones are still served.
            LogListenerFailed(_logger, nameof(ThreatPlaces), e);
            return new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph event for version {Version} dropped: the subscription registry is stopping")]
    private static partial void LogQueueClosed(ILogger logger, long version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A subscription ({Listener}) failed to handle graph events")]
    private static partial void LogListenerFailed(ILogger logger, string listener, Exception exception);

    private sealed class Registration(SubscriptionRegistry registry, IGraphEventListener listener) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                registry.Remove(listener);
            }
        }
    }
}
