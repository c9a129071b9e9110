namespace RareGraph.Domain.Writing;

using RareGraph.Domain.Auditing;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;
using RareGraph.Domain.Validation;

/// <summary>
/// The one write path: validates a <see cref="WriteRequest"/> against the rules of the model and the stored graph,
/// works out what actually changes, applies that and its audit entry through the store in one transaction and
/// announces the change.
/// </summary>
/// <remarks>
/// Writes are serialised within a process and protected across processes by optimistic concurrency on the graph
/// version: a write validated against version V is applied only if the store is still at V, otherwise it is validated
/// again. A request that changes nothing (a repeated import) does not move the version and leaves no audit entry:
/// there is no before/after to record. Every applied write carries its audit record (who, when, what, before/after)
/// into the store's transaction, so the write and its entry commit together or not at all.
/// </remarks>
/// <param name="store">Where the graph and its audit trail are kept.</param>
/// <param name="observers">Told of every committed change.</param>
/// <param name="actor">Who is writing; the system when not given.</param>
/// <param name="time">The clock of the audit entries; the system clock when not given.</param>
public sealed class GraphWriter(
    IGraphStore store,
    IEnumerable<IGraphChangeObserver> observers,
    IAuditActor? actor = null,
    TimeProvider? time = null) : IDisposable
{
    private const int MaxAttempts = 5;

    private readonly IGraphChangeObserver[] _observers = observers.ToArray();
    private readonly IAuditActor _actor = actor ?? SystemActor.Instance;
    private readonly TimeProvider _time = time ?? TimeProvider.System;
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
                    return new WriteOutcome(version, null) { Entities = plan.Entities, Relationships = plan.Relationships };
                }

                var audit = new AuditRecord(
                    _actor.Current,
                    request.Operation,
                    _time.GetUtcNow(),
                    AuditedChanges.Of(plan.EntityChanges, plan.RelationshipChanges));
                try
                {
                    var newVersion = await store.ApplyAsync(plan.Write with { Audit = audit }, version, cancellationToken);
                    var change = new GraphChange(newVersion, request.Operation, plan.EntityChanges, plan.RelationshipChanges);
                    Announce(change);
                    return new WriteOutcome(newVersion, change) { Entities = plan.Entities, Relationships = plan.Relationships };
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
