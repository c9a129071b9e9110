using System.Globalization;
using System.Security.Claims;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Storage;
using RareGraph.GraphQL.AspNetCore.Security;
using RareGraph.GraphQL.Security;

namespace RareGraph.Server.Security;

/// <summary>
/// How long the credentials of this host hold on an open connection: a token until its <c>exp</c>; an issued API key
/// until it is revoked (looked up in the store again, as each HTTP request does); a configured key until the
/// configuration changes, which restarts the server.
/// </summary>
internal sealed class CredentialLifetime(IIssuedKeyRepository keys, KeyRevocations revocations, TimeProvider time) : ICredentialLifetime
{
    /// <summary>Carried by the principal of an issued key: the hash of its secret, to look it up again. Never leaves the process.</summary>
    public const string IssuedKeyHashClaim = "raregraph:issued-key-hash";

    public DateTimeOffset? ExpiresAt(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirst("exp")?.Value is { } exp && long.TryParse(exp, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }

    public async ValueTask<bool> IsValidAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!RareGraphRoles.IsSignedIn(user))
        {
            return true;
        }

        if (ExpiresAt(user) is { } expiry && time.GetUtcNow() >= expiry)
        {
            return false;
        }

        if (user.FindFirst(IssuedKeyHashClaim)?.Value is not { } hash)
        {
            return true;
        }

        try
        {
            return await keys.FindByHashAsync(hash, cancellationToken) is { IsRevoked: false };
        }
        catch (RareGraphException fault) when (string.Equals(fault.Code, ErrorCodes.Unavailable, StringComparison.Ordinal))
        {
            // The store is down: the next check decides; an outage is not a revocation.
            return true;
        }
    }

    public IDisposable WatchRevocation(ClaimsPrincipal user, Action revoked)
    {
        ArgumentNullException.ThrowIfNull(user);
        var keyId = user.FindFirst(IssuedKeyHashClaim) is not null ? user.FindFirst(ClaimTypes.NameIdentifier)?.Value : null;
        return keyId is null ? Nothing.Instance : revocations.Watch(keyId, revoked);
    }

    private sealed class Nothing : IDisposable
    {
        public static readonly Nothing Instance = new();

        public void Dispose()
        {
        }
    }
}
