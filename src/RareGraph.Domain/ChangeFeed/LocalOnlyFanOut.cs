namespace RareGraph.Domain.ChangeFeed;

/// <summary>The fan-out of a single replica: local observers are served by the change feed directly, nobody else listens.</summary>
public sealed class LocalOnlyFanOut : IGraphEventFanOut
{
    public void Publish(GraphEvent graphEvent)
    {
    }
}
