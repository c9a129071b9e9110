using GraphQL.DataLoader;

namespace RareGraph.GraphQL.Loading;

/// <summary>A deferred list of values by key, in the order given, skipping keys that no longer resolve.</summary>
internal sealed class KeyedListLoad<TKey, TValue> : IDataLoaderResult
    where TKey : notnull
    where TValue : class
{
    private readonly List<IDataLoaderResult<TValue?>> _loads;

    public KeyedListLoad(BatchLoader<TKey, TValue> loader, IEnumerable<TKey> keys) =>
        _loads = keys.Select(loader.Load).ToList();

    public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var values = new List<TValue>(_loads.Count);
        foreach (var load in _loads)
        {
            if (await load.GetResultAsync(cancellationToken) is { } value)
            {
                values.Add(value);
            }
        }

        return values;
    }
}
