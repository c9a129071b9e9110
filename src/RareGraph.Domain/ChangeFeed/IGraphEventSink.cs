namespace RareGraph.Domain.ChangeFeed;

/// <summary>Where events that another replica published are delivered on this one (the <see cref="GraphChangeFeed"/>).</summary>
public interface IGraphEventSink
{
    /// <summary>The identity this replica stamps on its own events, so it can ignore their echo.</summary>
    string ReplicaId { get; }

    /// <summary>Hands a remote event to this replica's observers. Must not throw and must return quickly.</summary>
    void Deliver(GraphEvent graphEvent);
}
