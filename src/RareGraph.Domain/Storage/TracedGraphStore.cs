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
        TraceAsync("Initialize", async () => { await inner.InitializeAsync(cancellationToken); return 0; }, _ => null);

    public Task<long> GetVersionAsync(CancellationToken cancellationToken) =>
        TraceAsync("GetVersion", () => inner.GetVersionAsync(cancellationToken), _ => 1);

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        TraceAsync("GetEntities", () => inner.GetEntitiesAsync(keys, cancellationToken), r => r.Count);

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken) =>
        TraceAsync("GetRelationships", () => inner.GetRelationshipsAsync(keys, cancellationToken), r => r.Count);

    public Task<IReadOnlyList<Relationship>> GetRelationshipsOfAsync(
        IReadOnlyCollection<string> entityKeys,
        RelationshipDirection direction,
        IReadOnlyCollection<RelationshipType>? types,
        CancellationToken cancellationToken) =>
        TraceAsync("GetRelationshipsOf", () => inner.GetRelationshipsOfAsync(entityKeys, direction, types, cancellationToken), r => r.Count);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> GetRelationshipPagesAsync(RelationshipPageQuery query, CancellationToken cancellationToken) =>
        TraceAsync("GetRelationshipPages", () => inner.GetRelationshipPagesAsync(query, cancellationToken), r => r.Values.Sum(p => p.Count));

    public Task<IReadOnlyList<Relationship>> ListRelationshipsAsync(RelationshipListQuery query, CancellationToken cancellationToken) =>
        TraceAsync("ListRelationships", () => inner.ListRelationshipsAsync(query, cancellationToken), r => r.Count);

    public Task<IReadOnlyList<Entity>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) =>
        TraceAsync("ListEntities", () => inner.ListEntitiesAsync(query, cancellationToken), r => r.Count);

    public Task<long> CountEntitiesAsync(EntityLabel label, EntityFilter? filter, CancellationToken cancellationToken) =>
        TraceAsync("CountEntities", () => inner.CountEntitiesAsync(label, filter, cancellationToken), _ => 1);

    public Task<IReadOnlyList<CountBucket>> CountThreatsByAsync(EntityFilter? filter, IReadOnlyList<ThreatDimension> by, CancellationToken cancellationToken) =>
        TraceAsync("CountThreatsBy", () => inner.CountThreatsByAsync(filter, by, cancellationToken), r => r.Count);

    public Task<IReadOnlyList<CountBucket>> CountRelationshipsByAsync(RelationshipFilter? filter, IReadOnlyList<RelationshipDimension> by, CancellationToken cancellationToken) =>
        TraceAsync("CountRelationshipsBy", () => inner.CountRelationshipsByAsync(filter, by, cancellationToken), r => r.Count);

    public IAsyncEnumerable<Entity> ScanEntitiesAsync(CancellationToken cancellationToken) =>
        TraceStream("ScanEntities", inner.ScanEntitiesAsync(cancellationToken), cancellationToken);

    public IAsyncEnumerable<Relationship> ScanRelationshipsAsync(CancellationToken cancellationToken) =>
        TraceStream("ScanRelationships", inner.ScanRelationshipsAsync(cancellationToken), cancellationToken);

    public Task<long> ApplyAsync(GraphWrite write, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        return TraceAsync(
            "Apply",
            () => inner.ApplyAsync(write, expectedVersion, cancellationToken),
            _ => write.UpsertedEntities.Count + write.UpsertedRelationships.Count + write.DeletedEntities.Count + write.RemovedRelationships.Count);
    }

    // Without a listener for the source (no tracing configured) the store is called directly: no span, no state
    // machine, nothing allocated beyond the call's own closure.
    private Task<T> TraceAsync<T>(string operation, Func<Task<T>> call, Func<T, int?> rows) =>
        Source.HasListeners() ? TraceSpanAsync(operation, call, rows) : call();

    // Started inside the async method, so the span is Activity.Current only for this call, not for the caller after it.
    private async Task<T> TraceSpanAsync<T>(string operation, Func<Task<T>> call, Func<T, int?> rows)
    {
        using var activity = Start(operation);
        try
        {
            var result = await call();
            if (activity is not null && rows(result) is { } count)
            {
                activity.SetTag("raregraph.store.rows", count);
            }

            return result;
        }
        catch (Exception exception) when (activity is not null)
        {
            // The exception's type only: a message may quote a key.
            activity.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
    }

    private async IAsyncEnumerable<T> TraceStream<T>(string operation, IAsyncEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var activity = Start(operation);
        var count = 0;
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            count++;
            yield return item;
        }

        activity?.SetTag("raregraph.store.rows", count);
    }

    private Activity? Start(string operation)
    {
        var activity = Source.StartActivity(string.Concat("store.", operation), ActivityKind.Client);
        activity?.SetTag("db.system.name", system);
        activity?.SetTag("db.operation.name", operation);
        return activity;
    }
}
