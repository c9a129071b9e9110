using RareGraph.Domain.Errors;
using RareGraph.Domain.Storage;

namespace RareGraph.Analysis.Projection;

/// <summary>Builds a projection from a full store scan, consistent with one store version.</summary>
internal static class GraphProjectionLoader
{
    /// <summary>How many scans to try when writes keep landing during the scan.</summary>
    internal const int MaxAttempts = 3;

    /// <summary>
    /// Scans entities then relationships, reading the version before and after; a scan during which the version moved
    /// may mix two versions, so it is thrown away and repeated. Returns null when every attempt was disturbed.
    /// <paramref name="previous"/>, the snapshot being replaced, sizes the new one's arrays (a write changes few).
    /// </summary>
    public static async Task<GraphProjection?> TryLoadAsync(IGraphStore store, CancellationToken cancellationToken, GraphProjection? previous = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var before = await store.GetVersionAsync(cancellationToken);
            var builder = previous is null
                ? new GraphProjectionBuilder()
                : new GraphProjectionBuilder(previous.NodeCount + 64, previous.RelationshipCount + 256);
            await foreach (var entity in store.ScanEntitiesAsync(cancellationToken))
            {
                builder.AddEntity(entity);
            }

            await foreach (var relationship in store.ScanRelationshipsAsync(cancellationToken))
            {
                // An endpoint unknown to the entity scan means a write landed in between; the version check below catches it.
                builder.AddRelationship(relationship);
            }

            var after = await store.GetVersionAsync(cancellationToken);
            if (after == before)
            {
                return builder.Build(before);
            }
        }

        return null;
    }

    /// <summary>As <see cref="TryLoadAsync"/>, failing with a transient UNAVAILABLE when no consistent scan was possible.</summary>
    public static async Task<GraphProjection> LoadAsync(IGraphStore store, CancellationToken cancellationToken) =>
        await TryLoadAsync(store, cancellationToken)
        ?? throw RareGraphException.Unavailable(
            "The graph kept changing while it was being loaded for analysis; retry in a moment.");
}
