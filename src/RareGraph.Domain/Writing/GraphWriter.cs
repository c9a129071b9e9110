namespace RareGraph.Domain.Writing;

using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;
using RareGraph.Domain.Validation;

/// <summary>
/// The one write path: validates a <see cref="WriteRequest"/> against the rules of the model and the stored graph,
/// works out what actually changes, applies that through the store in one transaction and announces the change.
/// </summary>
/// <remarks>
/// Writes are serialised within a process and protected across processes by optimistic concurrency on the graph
/// version: a write validated against version V is applied only if the store is still at V, otherwise it is validated
/// again. A request that changes nothing (a repeated import) does not move the version.
/// </remarks>
public sealed class GraphWriter(IGraphStore store, IEnumerable<IGraphChangeObserver> observers) : IDisposable
{
    private const int MaxAttempts = 5;

    private readonly IGraphChangeObserver[] _observers = observers.ToArray();
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<WriteOutcome> ApplyAsync(WriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        WriteValidation.CheckFields(request);

        await _gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var version = await store.GetVersionAsync(cancellationToken);
                var plan = await WritePlanner.PlanAsync(store, request, cancellationToken);
                if (plan.Write.IsEmpty)
                {
                    return new WriteOutcome(version, null);
                }

                try
                {
                    var newVersion = await store.ApplyAsync(plan.Write, version, cancellationToken);
                    var change = new GraphChange(newVersion, request.Operation, plan.EntityChanges, plan.RelationshipChanges);
                    Announce(change);
                    return new WriteOutcome(newVersion, change);
                }
                catch (StoreVersionConflictException) when (attempt < MaxAttempts)
                {
                    // Another replica wrote in between: validate again against what it wrote.
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private void Announce(GraphChange change)
    {
        foreach (var observer in _observers)
        {
            observer.OnChanged(change);
        }
    }
}
