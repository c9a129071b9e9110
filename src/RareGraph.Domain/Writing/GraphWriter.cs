using RareGraph.Domain.Auditing;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;
using RareGraph.Domain.Validation;

namespace RareGraph.Domain.Writing;

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
    private readonly IGraphChangeObserver[] _observers = observers.ToArray();
    private readonly IAuditActor _actor = actor ?? SystemActor.Instance;
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Applies one request as a session of its own, retrying on a version conflict (see the remarks).</summary>
    public async Task<WriteOutcome> ApplyAsync(WriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        WriteValidation.CheckFields(request);
        for (var attempt = 1; ; attempt++)
        {
            await using var session = await BeginSessionAsync(cancellationToken);
            try
            {
                var staged = await session.StageAsync(request, cancellationToken);
                var committed = await session.CommitAsync(cancellationToken);
                return committed with { Entities = staged.Entities, Relationships = staged.Relationships };
            }
            catch (StoreVersionConflictException) when (attempt < MaxAttempts)
            {
                // Another replica wrote in between: validate again against what it wrote.
            }
        }
    }

    /// <summary>
    /// Starts a unit of work: the requests staged in it commit together or not at all (<see cref="WriteSession"/>).
    /// Sessions of this process run one at a time: the next one starts when this one is committed or disposed.
    /// </summary>
    public async Task<WriteSession> BeginSessionAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return new WriteSession(this, store, await store.GetVersionAsync(cancellationToken));
        }
        catch
        {
            _gate.Release();
            throw;
        }
    }

    /// <summary>How many times a caller should run a unit of work that meets version conflicts before giving up.</summary>
    public static int MaxAttempts => 5;

    internal IAuditActor Actor => _actor;

    internal TimeProvider Time => _time;

    internal void EndSession() => _gate.Release();

    public void Dispose() => _gate.Dispose();

    internal void Announce(GraphChange change)
    {
        foreach (var observer in _observers)
        {
            observer.OnChanged(change);
        }
    }
}
