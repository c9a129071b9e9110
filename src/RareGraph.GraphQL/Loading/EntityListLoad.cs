using GraphQL.DataLoader;
using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Loading;

/// <summary>A deferred list of entities by key, in the order given, skipping keys that no longer exist.</summary>
internal sealed class EntityListLoad : IDataLoaderResult
{
    private readonly List<IDataLoaderResult<Entity?>> _loads;

    public EntityListLoad(BatchLoader<string, Entity> loader, IEnumerable<string> keys) =>
        _loads = keys.Select(loader.Load).ToList();

    public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var entities = new List<Entity>(_loads.Count);
        foreach (var load in _loads)
        {
            if (await load.GetResultAsync(cancellationToken) is { } entity)
            {
                entities.Add(entity);
            }
        }

        return entities;
    }
}
