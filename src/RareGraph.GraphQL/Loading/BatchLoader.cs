using GraphQL.DataLoader;

namespace RareGraph.GraphQL.Loading;

/// <summary>
/// Collects the keys that resolvers ask for while one level of the query executes, then fetches them all with a single
/// call when the executor first asks for a result. GraphQL.NET's executor defers <see cref="IDataLoaderResult"/>s
/// until every sibling field has been visited, which is what turns N lookups into one.
/// </summary>
/// <remarks>One instance lives for one request. Resolvers of a query may run concurrently, hence the locking.</remarks>
internal sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    IEqualityComparer<TKey>? comparer = null) : IDisposable
    where TKey : notnull
{
    private readonly Lock _sync = new();
    private readonly SemaphoreSlim _fetchGate = new(1, 1);
    private readonly Dictionary<TKey, TValue> _loaded = new(comparer);
    private readonly HashSet<TKey> _missing = new(comparer);
    private HashSet<TKey> _pending = new(comparer);
    private int _fetching;

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_sync)
        {
            if (!_loaded.ContainsKey(key) && !_missing.Contains(key))
            {
                _pending.Add(key);
            }
        }

        return new Pending(this, key);
    }

    /// <summary>Records a value fetched by other means (a listing), so resolving it again costs no store call.</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_sync)
        {
            _loaded.TryAdd(key, value);
        }
    }

    public Task<TValue?> LoadNowAsync(TKey key, CancellationToken cancellationToken) =>
        Load(key).GetResultAsync(cancellationToken);

    public void Dispose() => _fetchGate.Dispose();

    // Once the batch is fetched, the other parents' results are read without waiting for the fetch gate: twenty
    // organisations asking one loader otherwise queued one after another on its semaphore.
    private Task<TValue?> ResultAsync(TKey key, CancellationToken cancellationToken)
    {
        lock (_sync)
        {
            if (_pending.Count == 0 && _fetching == 0)
            {
                return Task.FromResult(_loaded.TryGetValue(key, out var value) ? value : default);
            }
        }

        return FetchThenResultAsync(key, cancellationToken);
    }

    private async Task<TValue?> FetchThenResultAsync(TKey key, CancellationToken cancellationToken)
    {
        await _fetchGate.WaitAsync(cancellationToken);
        try
        {
            HashSet<TKey>? batch = null;
            lock (_sync)
            {
                if (_pending.Count > 0)
                {
                    batch = _pending;
                    _pending = new HashSet<TKey>(batch.Comparer);
                    _fetching++;
                }
            }

            if (batch is not null)
            {
                IReadOnlyDictionary<TKey, TValue>? results = null;
                try
                {
                    results = await fetch(batch, cancellationToken);
                }
                finally
                {
                    lock (_sync)
                    {
                        _fetching--;

                        // A failed fetch throws to the caller that ran it; its other keys resolve to nothing, as before.
                        if (results is not null)
                        {
                            Store(batch, results);
                        }
                    }
                }
            }
        }
        finally
        {
            _fetchGate.Release();
        }

        lock (_sync)
        {
            return _loaded.TryGetValue(key, out var value) ? value : default;
        }
    }

    private void Store(HashSet<TKey> batch, IReadOnlyDictionary<TKey, TValue> results)
    {
        foreach (var requested in batch)
        {
            if (results.TryGetValue(requested, out var value))
            {
                _loaded[requested] = value;
            }
            else
            {
                _missing.Add(requested);
            }
        }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> owner, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => owner.ResultAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
