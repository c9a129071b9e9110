using RareGraph.Domain.Writing;

namespace RareGraph.Domain.ChangeFeed;

/// <summary>
/// This replica's change feed: told of every local write (as an <see cref="IGraphChangeObserver"/> of the
/// <see cref="GraphWriter"/>) and of every remote one (as the <see cref="IGraphEventSink"/> of the fan-out), it hands
/// each keys-only <see cref="GraphEvent"/> to the observers of this replica — the projection, whose version moves the
/// analysis cache keys with it, then the live subscriptions — and publishes its own writes to the other replicas.
/// </summary>
/// <remarks>
/// Local events are handed to local observers directly, and only then published, so this replica never depends on the
/// fan-out for its own writes. The echo of this replica's own events coming back from the fan-out is ignored.
/// </remarks>
/// <param name="fanOut">Carries this replica's events to the others (<see cref="LocalOnlyFanOut"/> for one replica).</param>
/// <param name="observers">Told of every event, local or remote, in this order.</param>
/// <param name="fanOutFailed">
/// Told when the fan-out throws although it must not: the write is committed, so the failure is only reported (other
/// replicas then learn of the write through their store version check).
/// </param>
public sealed class GraphChangeFeed(
    IGraphEventFanOut fanOut,
    IEnumerable<IGraphEventObserver> observers,
    Action<Exception>? fanOutFailed = null) : IGraphChangeObserver, IGraphEventSink
{
    private readonly IGraphEventObserver[] _observers = observers.ToArray();

    public string ReplicaId { get; } = Guid.NewGuid().ToString("N");

    public void OnChanged(GraphChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var graphEvent = GraphEventTranslator.From(change, ReplicaId);
        Notify(graphEvent);
        try
        {
            fanOut.Publish(graphEvent);
        }
        catch (Exception e)
        {
            fanOutFailed?.Invoke(e);
        }
    }

    public void Deliver(GraphEvent graphEvent)
    {
        ArgumentNullException.ThrowIfNull(graphEvent);
        if (string.Equals(graphEvent.Origin, ReplicaId, StringComparison.Ordinal))
        {
            return;
        }

        Notify(graphEvent);
    }

    private void Notify(GraphEvent graphEvent)
    {
        foreach (var observer in _observers)
        {
            observer.OnEvent(graphEvent);
        }
    }
}
