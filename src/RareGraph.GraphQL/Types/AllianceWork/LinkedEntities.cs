using GraphQL;
using GraphQL.DataLoader;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Loading;

namespace RareGraph.GraphQL.Types.AllianceWork;

/// <summary>
/// The entities at the other end of an entity's relationships of one type, through the request's batch loaders: the
/// relationships of every parent in one store call, then the entities they lead to.
/// </summary>
internal static class LinkedEntities
{
    /// <summary>Entities this one links to (<paramref name="outgoing"/>) or that link to it, of <paramref name="label"/> when given, ordered by key.</summary>
    public static IDataLoaderResult Resolve(IResolveFieldContext context, string key, RelationshipType type, bool outgoing, EntityLabel? label = null) =>
        new Linked(context.Loaders(), key, type, outgoing, label, firstOnly: false);

    /// <summary>The first of <see cref="Resolve"/>'s entities, or null.</summary>
    public static IDataLoaderResult First(IResolveFieldContext context, string key, RelationshipType type, bool outgoing, EntityLabel? label = null) =>
        new Linked(context.Loaders(), key, type, outgoing, label, firstOnly: true);

    /// <summary>The same, awaited: for resolvers that compute over the linked entities.</summary>
    public static async Task<IReadOnlyList<Entity>> LoadAsync(RequestLoaders loaders, string key, RelationshipType type, bool outgoing, CancellationToken cancellationToken)
    {
        var relationships = await loaders.RelationshipsOf.LoadNowAsync(key, cancellationToken) ?? [];
        var keys = relationships
            .Where(r => r.Type == type && string.Equals(outgoing ? r.FromKey : r.ToKey, key, StringComparison.Ordinal))
            .Select(r => outgoing ? r.ToKey : r.FromKey)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var loads = keys.Select(loaders.EntitiesByKey.Load).ToList();
        var entities = new List<Entity>(loads.Count);
        foreach (var load in loads)
        {
            if (await load.GetResultAsync(cancellationToken) is { } entity)
            {
                entities.Add(entity);
            }
        }

        return entities;
    }

    private sealed class Linked(RequestLoaders loaders, string key, RelationshipType type, bool outgoing, EntityLabel? label, bool firstOnly) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var entities = await LoadAsync(loaders, key, type, outgoing, cancellationToken);
            var wanted = label is { } only ? entities.Where(e => e.Label == only).ToList() : entities;
            return firstOnly ? wanted.FirstOrDefault() : wanted;
        }
    }
}
