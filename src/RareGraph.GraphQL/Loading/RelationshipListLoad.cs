using GraphQL.DataLoader;
using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Loading;

/// <summary>A deferred list of relationships by identity, in the order given.</summary>
internal sealed class RelationshipListLoad : IDataLoaderResult
{
    private readonly List<IDataLoaderResult<Relationship?>> _loads;

    public RelationshipListLoad(BatchLoader<RelationshipKey, Relationship> loader, IEnumerable<RelationshipKey> keys) =>
        _loads = keys.Select(loader.Load).ToList();

    public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var relationships = new List<Relationship>(_loads.Count);
        foreach (var load in _loads)
        {
            if (await load.GetResultAsync(cancellationToken) is { } relationship)
            {
                relationships.Add(relationship);
            }
        }

        return relationships;
    }
}
