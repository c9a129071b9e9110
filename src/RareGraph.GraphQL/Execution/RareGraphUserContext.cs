using System.Security.Claims;
using RareGraph.Domain.Storage;
using RareGraph.Domain.Writing;
using RareGraph.GraphQL.Caching;
using RareGraph.GraphQL.Loading;

namespace RareGraph.GraphQL.Execution;

/// <summary>
/// What resolvers of one request share: the caller, the request's batch loaders and, for a mutation document, the
/// write session all of its root fields stage into.
/// </summary>
internal sealed class RareGraphUserContext : Dictionary<string, object?>, IDisposable
{
    private readonly IGraphStore _store;
    private readonly VersionedReadCache? _reads;
    private readonly List<RequestLoaders> _retired = [];

    /// <summary>The context of one request.</summary>
    /// <param name="user">The caller.</param>
    /// <param name="store">The store the request reads.</param>
    /// <param name="session">The mutation document's write session, whose staged view is read instead of the store.</param>
    /// <param name="reads">
    /// What earlier requests read at the same graph version; never used inside a write session, whose view holds
    /// writes no version names yet.
    /// </param>
    /// <param name="pin">Where a query's execution records the graph version it read at (for the response cache).</param>
    public RareGraphUserContext(ClaimsPrincipal user, IGraphStore store, WriteSession? session = null, VersionedReadCache? reads = null, VersionPin? pin = null)
    {
        User = user;
        Session = session;
        _store = session?.View ?? store;
        _reads = session is null ? reads : null;
        Pin = session is null ? pin : null;
        Loaders = new RequestLoaders(_store, _reads);
    }

    public ClaimsPrincipal User { get; }

    public RequestLoaders Loaders { get; private set; }

    /// <summary>Where the graph version this query reads at is recorded; null when nobody asked.</summary>
    public VersionPin? Pin { get; }

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
        Loaders = new RequestLoaders(_store, _reads);
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
