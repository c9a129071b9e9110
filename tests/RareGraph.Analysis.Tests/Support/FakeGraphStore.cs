using System.Runtime.CompilerServices;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;

namespace RareGraph.Analysis.Tests.Support;

/// <summary>A store that only scans and reports its version, with hooks to disturb or hold a scan.</summary>
internal sealed class FakeGraphStore(TestGraph graph) : IGraphStore
{
    private long _version = 1;
    private int _scans;
    private int _versionReads;

    public long Version { get => Interlocked.Read(ref _version); set => Interlocked.Exchange(ref _version, value); }

    public int Scans => Volatile.Read(ref _scans);

    public int VersionReads => Volatile.Read(ref _versionReads);

    /// <summary>Runs in the middle of each scan, between entities and relationships.</summary>
    public Action? DuringScan { get; set; }

    /// <summary>When set, each scan waits for it before returning anything.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public Task<long> GetVersionAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _versionReads);
        return Task.FromResult(Version);
    }

    public async IAsyncEnumerable<Entity> ScanEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _scans);
        if (Gate is { } gate)
        {
            await gate.Task;
        }

        foreach (var entity in graph.Entities)
        {
            yield return entity;
        }

        DuringScan?.Invoke();
    }

    public async IAsyncEnumerable<Relationship> ScanRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var relationship in graph.Relationships)
        {
            yield return relationship;
        }
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<Relationship>> GetRelationshipsOfAsync(
        IReadOnlyCollection<string> entityKeys,
        RelationshipDirection direction,
        IReadOnlyCollection<RelationshipType>? types,
        CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Entity>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<long> CountEntitiesAsync(EntityLabel label, EntityFilter? filter, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<long> ApplyAsync(GraphWrite write, long expectedVersion, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
