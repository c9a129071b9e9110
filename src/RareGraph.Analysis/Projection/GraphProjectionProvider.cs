using System.Diagnostics;
using RareGraph.Domain.ChangeFeed;
using RareGraph.Domain.Storage;
using RareGraph.Domain.Writing;

namespace RareGraph.Analysis.Projection;

/// <summary>
/// Holds the current <see cref="GraphProjection"/> and replaces it when the graph version moves. Thread-safe.
/// </summary>
/// <remarks>
/// Two signals tell it the version moved: <see cref="IGraphEventObserver.OnEvent"/> (register it with the
/// <see cref="GraphChangeFeed"/>: this replica's writes, and other replicas' when they fan out, are seen at once, with
/// no store round trip; <see cref="IGraphChangeObserver.OnChanged"/> does the same for a bare <see cref="GraphWriter"/>),
/// and a store version check at most once per <c>storeCheckInterval</c> (catches writes made by other replicas). A
/// snapshot already built for the newest known version is returned without waiting for anything. Otherwise one rebuild
/// runs at a time and every caller wanting it shares the same task; the new snapshot is published by swapping one
/// reference, so a reader sees the whole old graph or the whole new one.
/// </remarks>
public sealed class GraphProjectionProvider : IGraphChangeObserver, IGraphEventObserver
{
    private readonly IGraphStore _store;
    private readonly TimeSpan _storeCheckInterval;
    private readonly Lock _gate = new();
    private GraphProjection? _current;
    private Task<GraphProjection>? _rebuild;
    private long _knownVersion = -1;
    private long _lastStoreCheck;

    /// <summary>A provider with no snapshot yet: the first request builds one from the store.</summary>
    /// <param name="store">The store to scan.</param>
    /// <param name="storeCheckInterval">
    /// How stale a snapshot may be with respect to writes this process was not told about; <see cref="TimeSpan.Zero"/>
    /// asks the store on every call.
    /// </param>
    public GraphProjectionProvider(IGraphStore store, TimeSpan storeCheckInterval)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _storeCheckInterval = storeCheckInterval;
    }

    public GraphProjectionProvider(IGraphStore store)
        : this(store, TimeSpan.FromSeconds(1))
    {
    }

    /// <summary>The snapshot published last, if any, without checking whether it is still current.</summary>
    public GraphProjection? Latest => Volatile.Read(ref _current);

    /// <summary>The snapshot for the newest known graph version, building it when needed.</summary>
    public async ValueTask<GraphProjection> GetCurrentAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && current.Version >= Interlocked.Read(ref _knownVersion) && !StoreCheckDue())
        {
            return current;
        }

        var storeVersion = await _store.GetVersionAsync(cancellationToken);
        Interlocked.Exchange(ref _lastStoreCheck, Stopwatch.GetTimestamp());
        Invalidate(storeVersion);
        current = Volatile.Read(ref _current);
        if (current is not null && current.Version >= Interlocked.Read(ref _knownVersion))
        {
            return current;
        }

        return await SharedRebuild().WaitAsync(cancellationToken);
    }

    /// <summary>Records that the graph reached <paramref name="version"/>; the next read rebuilds if its snapshot is older.</summary>
    public void Invalidate(long version)
    {
        long seen;
        do
        {
            seen = Interlocked.Read(ref _knownVersion);
            if (version <= seen)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _knownVersion, version, seen) != seen);
    }

    void IGraphChangeObserver.OnChanged(GraphChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        Invalidate(change.Version);
    }

    void IGraphEventObserver.OnEvent(GraphEvent graphEvent)
    {
        ArgumentNullException.ThrowIfNull(graphEvent);
        Invalidate(graphEvent.Version);
    }

    private bool StoreCheckDue() =>
        Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastStoreCheck)) >= _storeCheckInterval;

    private Task<GraphProjection> SharedRebuild()
    {
        lock (_gate)
        {
            // A running rebuild started before the newest version was known may finish stale; the next read then rebuilds again.
            if (_rebuild is null || _rebuild.IsCompleted)
            {
                _rebuild = RebuildAsync();
            }

            return _rebuild;
        }
    }

    private async Task<GraphProjection> RebuildAsync()
    {
        // Not the caller's token: other callers share this task, one caller leaving must not cancel it for them.
        var built = await GraphProjectionLoader.TryLoadAsync(_store, CancellationToken.None, Volatile.Read(ref _current));
        var published = built ?? Volatile.Read(ref _current)
            ?? await GraphProjectionLoader.LoadAsync(_store, CancellationToken.None);
        Invalidate(published.Version);
        var previous = Volatile.Read(ref _current);
        if (previous is null || published.Version >= previous.Version)
        {
            Volatile.Write(ref _current, published);
        }

        return published;
    }
}
