using System.Security.Claims;
using RareGraph.Domain.Storage;
using RareGraph.Domain.Writing;
using RareGraph.GraphQL.Loading;

namespace RareGraph.GraphQL.Execution;

/// <summary>
/// What resolvers of one request share: the caller, the request's batch loaders and, for a mutation document, the
/// write session all of its root fields stage into.
/// </summary>
internal sealed class RareGraphUserContext : Dictionary<string, object?>, IDisposable
{
    private readonly IGraphStore _store;
    private readonly List<RequestLoaders> _retired = [];

    public RareGraphUserContext(ClaimsPrincipal user, IGraphStore store, WriteSession? session = null)
    {
        User = user;
        Session = session;
        _store = session?.View ?? store;
        Loaders = new RequestLoaders(_store);
    }

    public ClaimsPrincipal User { get; }

    public RequestLoaders Loaders { get; private set; }

    /// <summary>The document's write session; null outside mutations.</summary>
    public WriteSession? Session { get; }

    /// <summary>
    /// Starts fresh loaders after a root field of a mutation staged a write, so later fields do not read what the
    /// earlier loaders cached before it. The earlier loaders stay alive until the request ends: GraphQL.NET may complete
    /// an earlier field's batched loads after later root fields ran.
    /// </summary>
    public void RenewLoaders()
    {
        _retired.Add(Loaders);
        Loaders = new RequestLoaders(_store);
    }

    public void Dispose()
    {
        foreach (var loaders in _retired)
        {
            loaders.Dispose();
        }

        Loaders.Dispose();
    }
}
