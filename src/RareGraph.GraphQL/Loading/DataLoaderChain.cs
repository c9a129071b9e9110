using GraphQL.DataLoader;

namespace RareGraph.GraphQL.Loading;

/// <summary>
/// Continues a deferred load with another. The executor re-defers a result that is itself an
/// <see cref="IDataLoaderResult"/>, so the second loads of all sibling fields still batch into one call.
/// </summary>
internal static class DataLoaderChain
{
    public static IDataLoaderResult Then<TIn>(this IDataLoaderResult<TIn> first, Func<TIn, object?> next) =>
        new Continuation<TIn>(first, next);

    private sealed class Continuation<TIn>(IDataLoaderResult<TIn> first, Func<TIn, object?> next) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            next(await first.GetResultAsync(cancellationToken));
    }
}
