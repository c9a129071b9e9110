using GraphQL.Execution;
using GraphQLParser.AST;
using RareGraph.Domain.Storage;
using RareGraph.GraphQL.Execution;

namespace RareGraph.GraphQL.Caching;

/// <summary>
/// Reads the graph version for a query that asked for a <see cref="VersionPin"/>, after validation and before execution,
/// and lets the request's loaders read at it, so the version is read once and before any data.
/// </summary>
internal sealed class VersionPinListener(IGraphStore store) : DocumentExecutionListenerBase
{
    public override async Task BeforeExecutionAsync(IExecutionContext context)
    {
        if (context.UserContext is RareGraphUserContext { Pin: { } pin } user && context.Operation.Operation == OperationType.Query)
        {
            var version = await store.GetVersionAsync(context.CancellationToken);
            pin.Version = version;
            user.Loaders.ReadAt(version);
        }
    }
}
