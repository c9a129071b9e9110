using GraphQL;
using GraphQL.DataLoader;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Loading;

namespace RareGraph.GraphQL.Types.Entities;

/// <summary>Resolves where an organisation or defender is based, through the request's batch loaders.</summary>
internal static class BasedInResolver
{
    public static IDataLoaderResult Resolve(IResolveFieldContext context, string entityKey)
    {
        var loaders = context.Loaders();
        return loaders.RelationshipsOf.Load(entityKey).Then(relationships =>
        {
            var basedIn = relationships?
                .Where(r => r.Type == RelationshipType.BasedIn && string.Equals(r.FromKey, entityKey, StringComparison.Ordinal))
                .OrderBy(r => r.ToKey, StringComparer.Ordinal)
                .FirstOrDefault();
            return basedIn is null ? null : loaders.EntitiesByKey.Load(basedIn.ToKey);
        });
    }
}
