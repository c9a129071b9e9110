using System.Runtime.CompilerServices;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;

namespace RareGraph.TestSupport;

/// <summary>
/// The one store double of every test project. Either a graph kept in memory (versioned, atomic writes, key lookups,
/// ordered scans) or a real store it wraps (SQLite, say, when a test needs paging and filters). Either way it counts
/// what it is asked, and lets a test hold, disturb, race or take down the store at the moments that matter.
/// </summary>
public sealed class TestGraphStore : IGraphStore
{
    private readonly IGraphStore _inner;
    private readonly InMemoryGraph? _memory;
    private int _calls;
    private int _scans;
    private int _versionReads;
    private int _appliedWrites;
    private int _refusedInitializations;
    private volatile bool _unreachable;

    /// <summary>An empty graph in memory, at version 0 (never written).</summary>
    public TestGraphStore()
    {
        _memory = new InMemoryGraph();
        _inner = _memory;
    }

    /// <summary>A graph in memory holding <paramref name="entities"/> and <paramref name="relationships"/>, as if written in one write (version 1).</summary>
    public TestGraphStore(IEnumerable<Entity> entities, IEnumerable<Relationship> relationships)
        : this()
    {
        _memory!.ApplyAsync(new GraphWrite([], [], [.. entities], [.. relationships]), 0, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Wraps a real store: every call goes to <paramref name="inner"/>, counted and through the hooks.</summary>
    public TestGraphStore(IGraphStore inner) => _inner = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <summary>Calls to the port, but for <see cref="InitializeAsync"/>: proves that resolvers batch their loads.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Scans of the entities: how often someone read the whole graph.</summary>
    public int Scans => Volatile.Read(ref _scans);

    public int VersionReads => Volatile.Read(ref _versionReads);

    /// <summary>Writes the store accepted.</summary>
    public int AppliedWrites => Volatile.Read(ref _appliedWrites);

    /// <summary>Initialisations attempted while <see cref="Unreachable"/>.</summary>
    public int RefusedInitializations => Volatile.Read(ref _refusedInitializations);

    /// <summary>
    /// The version of the graph kept in memory. Setting it stands for a write that another replica made behind this
    /// one's back; a wrapped store's version is its own.
    /// </summary>
    public long Version
    {
        get => Memory.Version;
        set => Memory.Version = value;
    }

    /// <summary>The entities of the graph kept in memory, in key order.</summary>
    public IReadOnlyCollection<Entity> Entities => Memory.Entities;

    /// <summary>The relationships of the graph kept in memory, ordered by (fromKey, type, toKey).</summary>
    public IReadOnlyCollection<Relationship> Relationships => Memory.Relationships;

    /// <summary>Runs in the middle of each scan, after the entities and before the relationships.</summary>
    public Action? DuringScan { get; set; }

    /// <summary>When set, each scan waits for it before returning anything.</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>
    /// Runs before each write with the write and the version it expects: where a test lets another replica's write land
    /// first, so the write meets a version conflict.
    /// </summary>
    public Func<GraphWrite, long, CancellationToken, Task>? BeforeApply { get; set; }

    /// <summary>
    /// While true every call fails UNAVAILABLE (as a real adapter reports an unreachable database): the database that
    /// docker compose starts beside the server, later than the server.
    /// </summary>
    public bool Unreachable
    {
        get => _unreachable;
        set => _unreachable = value;
    }

    private InMemoryGraph Memory =>
        _memory ?? throw new InvalidOperationException("This test store wraps a real store; only a graph kept in memory has this.");

    public void ResetCalls() => Interlocked.Exchange(ref _calls, 0);

    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_unreachable)
        {
            Interlocked.Increment(ref _refusedInitializations);
        }

        ThrowIfUnreachable();
        return _inner.InitializeAsync(cancellationToken);
    }

    public Task<long> GetVersionAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _versionReads);
        return Count(() => _inner.GetVersionAsync(cancellationToken));
    }

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        Count(() => _inner.GetEntitiesAsync(keys, cancellationToken));

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken) =>
        Count(() => _inner.GetRelationshipsAsync(keys, cancellationToken));

    public Task<IReadOnlyList<Relationship>> GetRelationshipsOfAsync(
        IReadOnlyCollection<string> entityKeys,
        RelationshipDirection direction,
        IReadOnlyCollection<RelationshipType>? types,
        CancellationToken cancellationToken) =>
        Count(() => _inner.GetRelationshipsOfAsync(entityKeys, direction, types, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipPagesAsync(RelationshipPageQuery query, CancellationToken cancellationToken) =>
        Count(() => _inner.GetRelationshipPagesAsync(query, cancellationToken));

    public Task<IReadOnlyList<Relationship>> ListRelationshipsAsync(RelationshipListQuery query, CancellationToken cancellationToken) =>
        Count(() => _inner.ListRelationshipsAsync(query, cancellationToken));

    public Task<IReadOnlyList<Entity>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) =>
        Count(() => _inner.ListEntitiesAsync(query, cancellationToken));

    public Task<long> CountEntitiesAsync(EntityLabel label, EntityFilter? filter, CancellationToken cancellationToken) =>
        Count(() => _inner.CountEntitiesAsync(label, filter, cancellationToken));

    public Task<IReadOnlyList<CountBucket>> CountThreatsByAsync(EntityFilter? filter, IReadOnlyList<ThreatDimension> by, CancellationToken cancellationToken) =>
        Count(() => _inner.CountThreatsByAsync(filter, by, cancellationToken));

    public Task<IReadOnlyList<CountBucket>> CountRelationshipsByAsync(RelationshipFilter? filter, IReadOnlyList<RelationshipDimension> by, CancellationToken cancellationToken) =>
        Count(() => _inner.CountRelationshipsByAsync(filter, by, cancellationToken));

    public async IAsyncEnumerable<Entity> ScanEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        Interlocked.Increment(ref _scans);
        ThrowIfUnreachable();
        if (Gate is { } gate)
        {
            await gate.Task;
        }

        await foreach (var entity in _inner.ScanEntitiesAsync(cancellationToken))
        {
            yield return entity;
        }

        DuringScan?.Invoke();
    }

    public async IAsyncEnumerable<Relationship> ScanRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        ThrowIfUnreachable();
        await foreach (var relationship in _inner.ScanRelationshipsAsync(cancellationToken))
        {
            yield return relationship;
        }
    }

    public async Task<long> ApplyAsync(GraphWrite write, long expectedVersion, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        ThrowIfUnreachable();
        if (BeforeApply is { } beforeApply)
        {
            await beforeApply(write, expectedVersion, cancellationToken);
        }

        var version = await _inner.ApplyAsync(write, expectedVersion, cancellationToken);
        Interlocked.Increment(ref _appliedWrites);
        return version;
    }

    private Task<T> Count<T>(Func<Task<T>> call)
    {
        Interlocked.Increment(ref _calls);
        ThrowIfUnreachable();
        return call();
    }

    private void ThrowIfUnreachable()
    {
        if (_unreachable)
        {
            throw RareGraphException.Unavailable("The database is not reachable (test).");
        }
    }
}
