using System.Security.Claims;

namespace RareGraph.GraphQL.AspNetCore.Security;

/// <summary>The lifetime of credentials on a host that does not say: they never lapse.</summary>
internal sealed class AlwaysValidCredentials : ICredentialLifetime
{
    public DateTimeOffset? ExpiresAt(ClaimsPrincipal user) => null;

    public ValueTask<bool> IsValidAsync(ClaimsPrincipal user, CancellationToken cancellationToken) => ValueTask.FromResult(true);

    public IDisposable WatchRevocation(ClaimsPrincipal user, Action revoked) => NoWatch.Instance;

    private sealed class NoWatch : IDisposable
    {
        public static readonly NoWatch Instance = new();

        public void Dispose()
        {
        }
    }
}
