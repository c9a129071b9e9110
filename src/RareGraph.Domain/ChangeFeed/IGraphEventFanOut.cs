namespace RareGraph.Domain.ChangeFeed;

/// <summary>
/// Carries this replica's graph events to the other replicas. The default does nothing (one replica); with Redis
/// configured, events travel over Redis pub/sub and each receiving replica hands them to its
/// <see cref="IGraphEventSink"/> (the <see cref="GraphChangeFeed"/>).
/// </summary>
public interface IGraphEventFanOut
{
    /// <summary>Sends <paramref name="graphEvent"/> to the other replicas. Must not throw and must return quickly.</summary>
    void Publish(GraphEvent graphEvent);
}
