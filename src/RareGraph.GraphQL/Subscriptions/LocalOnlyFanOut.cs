namespace RareGraph.GraphQL.Subscriptions;

/// <summary>The fan-out of a single replica: local subscribers are served by the hub directly, nobody else listens.</summary>
internal sealed class LocalOnlyFanOut : IGraphEventFanOut
{
    public void Publish(GraphEvent graphEvent)
    {
    }
}
