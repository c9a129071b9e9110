using GraphQL;
using GraphQL.DataLoader;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Loading;

namespace RareGraph.GraphQL.Types.Entities;

/// <summary>Resolves where an organisation or defender is based, through the request's batch loaders.</summary>
internal static class BasedInResolver
{
    /// <summary>
    /// The first outgoing BASED_IN relationship in page order is the one with the smallest jurisdiction key: a page of
    /// one per entity, so an organisation with thousands of partners costs one row, not all of its relationships.
    /// </summary>
    private static readonly RelationshipPageArguments FirstBasedIn =
        new(RelationshipDirection.Outgoing, RelationshipPageArguments.MaskOf([RelationshipType.BasedIn]), null, null, false, 1);

    public static IDataLoaderResult Resolve(IResolveFieldContext context, string entityKey)
    {
        var loaders = context.Loaders();
        return loaders.RelationshipPages(FirstBasedIn).Load(entityKey).Then(page =>
            page is { Count: > 0 } ? loaders.EntitiesByKey.Load(page[0].ToKey) : null);
    }
}
