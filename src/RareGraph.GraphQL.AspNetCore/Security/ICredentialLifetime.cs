using System.Security.Claims;

namespace RareGraph.GraphQL.AspNetCore.Security;

/// <summary>
/// Whether a caller who signed in when a long-lived connection opened (a WebSocket, an SSE stream) may still act: a
/// revoked API key, an expired key or an expired token must stop a connection as it stops the next HTTP request. The
/// host implements it; without one, credentials never lapse.
/// </summary>
public interface ICredentialLifetime
{
    /// <summary>When the credential stops being valid by itself (a token's <c>exp</c>); null when it does not expire.</summary>
    DateTimeOffset? ExpiresAt(ClaimsPrincipal user);

    /// <summary>
    /// Whether the credential still holds now: not revoked, not expired. True for anonymous callers. A credential that
    /// cannot be checked right now (its store is down) counts as holding: an outage must not look like a revocation.
    /// </summary>
    ValueTask<bool> IsValidAsync(ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>Calls <paramref name="revoked"/> as soon as this process revokes the credential; dispose to stop.</summary>
    IDisposable WatchRevocation(ClaimsPrincipal user, Action revoked);
}
