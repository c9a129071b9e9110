using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RareGraph.Domain.ChangeFeed;
using StackExchange.Redis;

namespace RareGraph.Caching.Redis;

/// <summary>
/// Carries graph events between replicas over one Redis pub/sub channel. Each replica publishes its own writes' events
/// and delivers the others' to its change feed, which moves its projection (and so its cache key) to the new graph
/// version at once and serves its subscribers.
/// </summary>
/// <remarks>
/// Pub/sub is at-most-once: an event published while Redis is away is lost. That costs a missed alert at worst, never a
/// stale answer — each replica still learns of every write through its store version check. The subscription is made
/// in the background and retried, so a replica starts (and serves) without Redis; once made, the multiplexer renews it
/// after every reconnect.
/// </remarks>
internal sealed partial class RedisGraphEventFanOut(
    IConnectionMultiplexer redis,
    IServiceProvider services,
    ILogger<RedisGraphEventFanOut> logger) : IGraphEventFanOut, IHostedService, IDisposable
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("raregraph:graph-events");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly CancellationTokenSource _stop = new();
    private Task _subscribing = Task.CompletedTask;
    private int _publishFailing;
    private int _stopped;

    public void Publish(GraphEvent graphEvent)
    {
        try
        {
            redis.GetSubscriber().Publish(Channel, JsonSerializer.SerializeToUtf8Bytes(graphEvent, Json), CommandFlags.FireAndForget);
            if (Interlocked.Exchange(ref _publishFailing, 0) == 1)
            {
                LogPublishRecovered(logger);
            }
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            if (Interlocked.Exchange(ref _publishFailing, 1) == 0)
            {
                LogPublishFailed(logger, e.GetType().Name);
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var sink = services.GetRequiredService<IGraphEventSink>();
        _subscribing = SubscribeUntilDoneAsync(sink, _stop.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host may be stopped more than once (a test factory stops it, then stops it again while disposing).
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync();
        try
        {
            await _subscribing.WaitAsync(cancellationToken);
            await redis.GetSubscriber().UnsubscribeAsync(Channel);
        }
        catch (Exception e) when (e is OperationCanceledException or RedisException or TimeoutException or ObjectDisposedException)
        {
            // Shutting down: the multiplexer goes with the process.
        }
    }

    /// <summary>Disposed by the container after the host has stopped.</summary>
    public void Dispose() => _stop.Dispose();

    private async Task SubscribeUntilDoneAsync(IGraphEventSink sink, CancellationToken token)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        while (!token.IsCancellationRequested)
        {
            try
            {
                await redis.GetSubscriber().SubscribeAsync(Channel, (_, message) => Receive(sink, message));
                return;
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                LogSubscribeRetry(logger, e.GetType().Name);
                await Task.Delay(delay, token);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }

    private void Receive(IGraphEventSink sink, RedisValue message)
    {
        GraphEvent? graphEvent;
        try
        {
            graphEvent = JsonSerializer.Deserialize<GraphEvent>((byte[])message!, Json);
        }
        catch (JsonException e)
        {
            LogUnreadable(logger, e.Message);
            return;
        }

        if (graphEvent is not null)
        {
            sink.Deliver(graphEvent);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph events cannot reach other replicas through Redis ({ExceptionType}); they rely on their version check until it returns")]
    private static partial void LogPublishFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph events reach other replicas through Redis again")]
    private static partial void LogPublishRecovered(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Subscribing to graph events on Redis failed ({ExceptionType}); retrying")]
    private static partial void LogSubscribeRetry(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored an unreadable graph event from Redis: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string reason);
}
