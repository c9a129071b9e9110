namespace RareGraph.GraphQL.Subscriptions;

/// <summary>
/// Passes on relationship changes, only those touching one of <paramref name="keys"/> when it is given, and camp or
/// programme attendance (PARTICIPATES_IN) only when <paramref name="showAttendance"/> (editors and up).
/// </summary>
internal sealed class RelationshipChangedListener(IReadOnlySet<string>? keys, bool showAttendance, IObserver<RelationshipChangedEvent> observer) : IGraphEventListener
{
    public ValueTask HandleAsync(EventBatch batch, CancellationToken cancellationToken)
    {
        foreach (var graphEvent in batch.Events)
        {
            foreach (var change in graphEvent.Relationships)
            {
                if (!showAttendance && change.Type == Domain.Model.RelationshipType.ParticipatesIn)
                {
                    continue;
                }

                if (keys is null || keys.Contains(change.FromKey) || keys.Contains(change.ToKey))
                {
                    observer.OnNext(new RelationshipChangedEvent(change, graphEvent.Version));
                }
            }
        }

        return ValueTask.CompletedTask;
    }
}
