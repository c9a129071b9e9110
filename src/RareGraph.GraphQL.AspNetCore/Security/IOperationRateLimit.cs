using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace RareGraph.GraphQL.AspNetCore.Security;

/// <summary>
/// The caller's rate limit, for what a single HTTP request does not count by itself: each operation of a WebSocket,
/// and the registration of a persisted document. The host implements it with the same budget as its HTTP requests;
/// without one, nothing is limited here.
/// </summary>
public interface IOperationRateLimit
{
    /// <summary>
    /// Takes <paramref name="permits"/> from the budget of <paramref name="user"/> (or of the connection's client address
    /// for an anonymous caller); false, taking nothing, when the budget is spent.
    /// </summary>
    bool TryAcquire(HttpContext http, ClaimsPrincipal user, int permits = 1);
}
