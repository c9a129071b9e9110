using System.Collections.Concurrent;
using RareGraph.Domain.ChangeFeed;

namespace RareGraph.Caching.Redis.Tests.FanOut;

/// <summary>A replica's sink that keeps every event the fan-out delivers to it.</summary>
internal sealed class RecordingSink : IGraphEventSink
{
    public string ReplicaId { get; } = Guid.NewGuid().ToString("N");

    public ConcurrentQueue<GraphEvent> Received { get; } = new();

    public void Deliver(GraphEvent graphEvent) => Received.Enqueue(graphEvent);
}
