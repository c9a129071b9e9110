using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Loading;

/// <summary>Many keys through a request's batch loaders at once: one store call per loader, whatever the number of keys.</summary>
internal static class BulkLoads
{
    /// <summary>The entities of <paramref name="keys"/> that exist, by key.</summary>
    public static async Task<IReadOnlyDictionary<string, Entity>> LoadEntitiesAsync(
        this RequestLoaders loaders, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var (key, value) in await LoadAllAsync(loaders.EntitiesByKey, keys, cancellationToken))
        {
            result[key] = value;
        }

        return result;
    }

    /// <summary>Every relationship touching each of <paramref name="keys"/>, by key.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<Relationship>>> LoadRelationshipsOfAsync(
        this RequestLoaders loaders, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, IReadOnlyList<Relationship>>(StringComparer.Ordinal);
        foreach (var (key, value) in await LoadAllAsync(loaders.RelationshipsOf, keys, cancellationToken))
        {
            result[key] = value;
        }

        return result;
    }

    private static async Task<List<(string Key, TValue Value)>> LoadAllAsync<TValue>(
        BatchLoader<string, TValue> loader, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        // Every key is queued before the first result is awaited, so the first await fetches them all in one batch.
        var loads = keys.Distinct(StringComparer.Ordinal).Select(k => (Key: k, Load: loader.Load(k))).ToList();
        var values = new List<(string, TValue)>(loads.Count);
        foreach (var (key, load) in loads)
        {
            if (await load.GetResultAsync(cancellationToken) is { } value)
            {
                values.Add((key, value));
            }
        }

        return values;
    }
}
