namespace RareGraph.Domain.ChangeFeed;

/// <summary>
/// Told by the <see cref="GraphChangeFeed"/> of every graph event this replica learns of: its own writes, and (with a
/// fan-out configured) the other replicas'. Called on the writer's or the fan-out's thread: must not throw and must
/// return quickly.
/// </summary>
public interface IGraphEventObserver
{
    void OnEvent(GraphEvent graphEvent);
}
