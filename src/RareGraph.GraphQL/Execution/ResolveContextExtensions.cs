using GraphQL;
using RareGraph.GraphQL.Loading;

namespace RareGraph.GraphQL.Execution;

internal static class ResolveContextExtensions
{
    public static RareGraphUserContext RareGraph(this IResolveFieldContext context) =>
        context.UserContext as RareGraphUserContext
        ?? throw new InvalidOperationException("The request was not started through the RareGraph executor.");

    public static RequestLoaders Loaders(this IResolveFieldContext context) => context.RareGraph().Loaders;
}
