using System.Diagnostics;
using System.Runtime.CompilerServices;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.Domain.Storage;

/// <summary>
/// Wraps a store so that every call is a span of the <c>RareGraph.Storage</c> activity source: the operation, the store
/// (<c>db.system.name</c>: sqlite or neo4j) and how many rows came back — never a key, a filter value or any other
/// parameter, since keys name defenders. The host wraps whichever store it chose; the optimised methods with port
/// defaults are forwarded, not re-implemented.
/// </summary>
public sealed class TracedGraphStore(IGraphStore inner, string system) : IGraphStore
{
    public const string SourceName = "RareGraph.Storage";

    public static readonly ActivitySource Source = new(SourceName);

    public IGraphStore Inner => inner;

    public Task InitializeAsync(CancellationToken cancellationToken) =>
        TraceAsync(Spans.Initialize, async () => { await inner.InitializeAsync(cancellationToken); return 0; }, _ => null);

    // Every cacheable request reads the version: when no span is recorded it costs no closure either.
    public Task<long> GetVersionAsync(CancellationToken cancellationToken) =>
        Source.HasListeners() && Begin(Spans.GetVersion) is { } activity
            ? TraceSpanAsync(activity, () => inner.GetVersionAsync(cancellationToken), _ => 1)
            : inner.GetVersionAsync(cancellationToken);

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        TraceAsync(Spans.GetEntities, () => inner.GetEntitiesAsync(keys, cancellationToken), r => r.Count);

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken) =>
        TraceAsync(Spans.GetRelationships, () => inner.GetRelationshipsAsync(keys, cancellationToken), r => r.Count);

    public Task<IReadOnlyList<Relationship>> GetRelationshipsOfAsync(
        IReadOnlyCollection<string> entityKeys,
        RelationshipDirection direction,
        IReadOnlyCollection<RelationshipType>? types,
        CancellationToken cancellationToken) =>
        TraceAsync(Spans.GetRelationshipsOf, () => inner.GetRelationshipsOfAsync(entityKeys, direction, types, cancellationToken), r => r.Count);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipPagesAsync(RelationshipPageQuery query, CancellationToken cancellationToken) =>
        TraceAsync(Spans.GetRelationshipPages, () => inner.GetRelationshipPagesAsync(query, cancellationToken), r => r.Values.Sum(p => p.Count));

    public Task<IReadOnlyList<Relationship>> ListRelationshipsAsync(RelationshipListQuery query, CancellationToken cancellationToken) =>
        TraceAsync(Spans.ListRelationships, () => inner.ListRelationshipsAsync(query, cancellationToken), r => r.Count);

    public Task<IReadOnlyList<Entity>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) =>
        TraceAsync(Spans.ListEntities, () => inner.ListEntitiesAsync(query, cancellationToken), r => r.Count);

    public Task<long> CountEntitiesAsync(EntityLabel label, EntityFilter? filter, CancellationToken cancellationToken) =>
        TraceAsync(Spans.CountEntities, () => inner.CountEntitiesAsync(label, filter, cancellationToken), _ => 1);

    public Task<IReadOnlyList<CountBucket>> CountThreatsByAsync(EntityFilter? filter, IReadOnlyList<ThreatDimension> by, CancellationToken cancellationToken) =>
        TraceAsync(Spans.CountThreatsBy, () => inner.CountThreatsByAsync(filter, by, cancellationToken), r => r.Count);

    public Task<IReadOnlyList<CountBucket>> CountRelationshipsByAsync(RelationshipFilter? filter, IReadOnlyList<RelationshipDimension> by, CancellationToken cancellationToken) =>
        TraceAsync(Spans.CountRelationshipsBy, () => inner.CountRelationshipsByAsync(filter, by, cancellationToken), r => r.Count);

    public IAsyncEnumerable<Entity> ScanEntitiesAsync(CancellationToken cancellationToken) =>
        TraceStream(Spans.ScanEntities, inner.ScanEntitiesAsync(cancellationToken), cancellationToken);

    public IAsyncEnumerable<Relationship> ScanRelationshipsAsync(CancellationToken cancellationToken) =>
        TraceStream(Spans.ScanRelationships, inner.ScanRelationshipsAsync(cancellationToken), cancellationToken);

    public Task<long> ApplyAsync(GraphWrite write, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        return TraceAsync(
            Spans.Apply,
            () => inner.ApplyAsync(write, expectedVersion, cancellationToken),
            _ => write.UpsertedEntities.Count + write.UpsertedRelationships.Count + write.DeletedEntities.Count + write.RemovedRelationships.Count);
    }

    // Without a listener for the source (no tracing configured), or when the listener records nothing (no exporter:
    // the host's sampler says None), the store is called directly: no span, no state machine, nothing allocated beyond
    // the call's own closure.
    private Task<T> TraceAsync<T>(StoreSpan span, Func<Task<T>> call, Func<T, int?> rows)
    {
        if (!Source.HasListeners())
        {
            return call();
        }

        return Begin(span) is { } activity ? TraceSpanAsync(activity, call, rows) : call();
    }

    // The span is made here, where the listener can decline it, and made current only inside TraceSpanAsync, so it is
    // Activity.Current for the store call alone, not for the caller after it returns.
    private Activity? Begin(StoreSpan span)
    {
        var caller = Activity.Current;
        var activity = Start(span);
        if (activity is not null)
        {
            Activity.Current = caller;
        }

        return activity;
    }

    private static async Task<T> TraceSpanAsync<T>(Activity activity, Func<Task<T>> call, Func<T, int?> rows)
    {
        Activity.Current = activity;
        using (activity)
        {
            try
            {
                var result = await call();
                if (rows(result) is { } count)
                {
                    activity.SetTag("raregraph.store.rows", count);
                }

                return result;
            }
            catch (Exception exception)
            {
                // The exception's type only: a message may quote a key.
                activity.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
                throw;
            }
        }
    }

    private async IAsyncEnumerable<T> TraceStream<T>(StoreSpan span, IAsyncEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var activity = Start(span);
        var count = 0;
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            count++;
            yield return item;
        }

        activity?.SetTag("raregraph.store.rows", count);
    }

    private Activity? Start(StoreSpan span)
    {
        var activity = Source.StartActivity(span.Name, ActivityKind.Client);
        activity?.SetTag("db.system.name", system);
        activity?.SetTag("db.operation.name", span.Operation);
        return activity;
    }

    /// <summary>A store operation and its span's name, made once rather than per call.</summary>
    private sealed record StoreSpan(string Operation)
    {
        public string Name { get; } = "store." + Operation;
    }

    /// <summary>The spans of the port's operations.</summary>
    private static class Spans
    {
        public static readonly StoreSpan Apply = new("Apply");
        public static readonly StoreSpan CountEntities = new("CountEntities");
        public static readonly StoreSpan CountRelationshipsBy = new("CountRelationshipsBy");
        public static readonly StoreSpan CountThreatsBy = new("CountThreatsBy");
        public static readonly StoreSpan GetEntities = new("GetEntities");
        public static readonly StoreSpan GetRelationshipPages = new("GetRelationshipPages");
        public static readonly StoreSpan GetRelationships = new("GetRelationships");
        public static readonly StoreSpan GetRelationshipsOf = new("GetRelationshipsOf");
        public static readonly StoreSpan GetVersion = new("GetVersion");
        public static readonly StoreSpan Initialize = new("Initialize");
        public static readonly StoreSpan ListEntities = new("ListEntities");
        public static readonly StoreSpan ListRelationships = new("ListRelationships");
        public static readonly StoreSpan ScanEntities = new("ScanEntities");
        public static readonly StoreSpan ScanRelationships = new("ScanRelationships");
    }
}
