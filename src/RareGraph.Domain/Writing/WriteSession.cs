using RareGraph.Domain.Auditing;
using RareGraph.Domain.Storage;

namespace RareGraph.Domain.Writing;

/// <summary>
/// One unit of work on the graph: every request staged in it is validated and planned against the store as the
/// earlier requests of the session left it, and <see cref="CommitAsync"/> applies all of them through the store port as
/// one write — one transaction, one graph version, one audit entry, one change event — or, when the session is
/// disposed without a commit, none of them. A GraphQL mutation document is one session.
/// </summary>
/// <remarks>
/// Nothing reaches the store before the commit, so a session holds no database transaction or lock while its caller
/// works (a document's resolvers, a client that is slow to send): the writes of a session are planned in memory and
/// committed as the store's one atomic write (one SQLite transaction; one Cypher statement on Neo4j, or one explicit
/// transaction for a large write). Sessions of one process run one at a time; across processes the commit is guarded
/// by the graph version the session started from, and a <see cref="Errors.StoreVersionConflictException"/> tells the
/// caller to run the whole unit again.
/// </remarks>
public sealed class WriteSession : IAsyncDisposable
{
    private readonly GraphWriter _writer;
    private readonly IGraphStore _store;
    private readonly StagedChanges _staged = new();
    private bool _done;

    internal WriteSession(GraphWriter writer, IGraphStore store, long baseVersion)
    {
        _writer = writer;
        _store = store;
        BaseVersion = baseVersion;
        View = new StagedGraphView(store, _staged);
    }

    /// <summary>The graph version the session started from; the commit applies only if the store is still there.</summary>
    public long BaseVersion { get; }

    /// <summary>The store with this session's staged changes laid over its key lookups and relationship reads.</summary>
    public IGraphStore View { get; }

    /// <summary>True when what is staged so far changes the graph.</summary>
    public bool HasChanges => _staged.HasChanges;

    /// <summary>
    /// Validates <paramref name="request"/> against the graph as staged so far and stages what it changes. A broken
    /// rule throws (a <see cref="Errors.RareGraphException"/>) and stages nothing of this request; the caller decides
    /// whether the session still commits (a GraphQL document does not).
    /// </summary>
    /// <returns>The version the graph will be at once the session commits as staged now, and what this request changed.</returns>
    public async Task<WriteOutcome> StageAsync(WriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(_done, this);
        WriteValidation.CheckFields(request);
        var plan = await WritePlanner.PlanAsync(View, request, cancellationToken);
        if (plan.Write.IsEmpty)
        {
            return new WriteOutcome(PendingVersion, null) { Entities = plan.Entities, Relationships = plan.Relationships };
        }

        _staged.Add(request.Operation, plan);
        return new WriteOutcome(
            PendingVersion,
            new GraphChange(PendingVersion, request.Operation, plan.EntityChanges, plan.RelationshipChanges))
        {
            Entities = plan.Entities,
            Relationships = plan.Relationships,
        };
    }

    /// <summary>
    /// Applies everything staged as one write with one audit entry, and announces it as one change. A session that
    /// changes nothing writes nothing and leaves no entry.
    /// </summary>
    public async Task<WriteOutcome> CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        _done = true;
        try
        {
            if (!_staged.HasChanges)
            {
                return new WriteOutcome(BaseVersion, null);
            }

            var entities = _staged.EntityChanges;
            var relationships = _staged.RelationshipChanges;
            var audit = new AuditRecord(_writer.Actor.Current, _staged.Operation, _writer.Time.GetUtcNow(), AuditedChanges.Of(entities, relationships));
            var version = await _store.ApplyAsync(_staged.ToWrite() with { Audit = audit }, BaseVersion, cancellationToken);
            var change = new GraphChange(version, _staged.Operation, entities, relationships);
            _writer.Announce(change);
            return new WriteOutcome(version, change);
        }
        finally
        {
            _writer.EndSession();
        }
    }

    /// <summary>Ends the session; without a commit, everything staged is dropped and nothing was written.</summary>
    public ValueTask DisposeAsync()
    {
        if (!_done)
        {
            _done = true;
            _writer.EndSession();
        }

        return ValueTask.CompletedTask;
    }

    private long PendingVersion => _staged.HasChanges ? BaseVersion + 1 : BaseVersion;
}
