namespace RareGraph.GraphQL.Subscriptions;

/// <summary>Passes on newly recorded threats, only those tied to one of <paramref name="places"/> when it is given.</summary>
internal sealed class ThreatRecordedListener(IReadOnlySet<string>? places, IObserver<ThreatRecordedEvent> observer) : IGraphEventListener
{
    public ValueTask HandleAsync(EventBatch batch, CancellationToken cancellationToken)
    {
        foreach (var graphEvent in batch.Events)
        {
            foreach (var threatKey in graphEvent.RecordedThreatKeys)
            {
                if (places is null || (batch.ThreatPlaces.TryGetValue(threatKey, out var tied) && tied.Overlaps(places)))
                {
                    observer.OnNext(new ThreatRecordedEvent(threatKey, graphEvent.Version));
                }
            }
        }

        return ValueTask.CompletedTask;
    }
}
