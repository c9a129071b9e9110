namespace RareGraph.GraphQL.Subscriptions;

/// <summary>An event stream that registers a listener with the registry for each observer and removes it on dispose.</summary>
internal sealed class SubscriptionStream<T>(SubscriptionRegistry registry, Func<IObserver<T>, IGraphEventListener> createListener) : IObservable<T>
{
    public IDisposable Subscribe(IObserver<T> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        return registry.Add(createListener(observer));
    }
}
