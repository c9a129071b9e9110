namespace RareGraph.GraphQL.Execution;

using System.Security.Claims;
using RareGraph.GraphQL.Loading;

/// <summary>What resolvers of one request share: the caller and the request's batch loaders.</summary>
internal sealed class RareGraphUserContext(ClaimsPrincipal user, RequestLoaders loaders) : Dictionary<string, object?>, IDisposable
{
    public ClaimsPrincipal User { get; } = user;

    public RequestLoaders Loaders { get; } = loaders;

    public void Dispose() => Loaders.Dispose();
}
