namespace RareGraph.GraphQL.Subscriptions;

/// <summary>An event stream that registers a listener with the hub for each observer and removes it on dispose.</summary>
internal sealed class HubStream<T>(GraphEventHub hub, Func<IObserver<T>, IGraphEventListener> createListener) : IObservable<T>
{
    public IDisposable Subscribe(IObserver<T> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        return hub.Add(createListener(observer));
    }
}
