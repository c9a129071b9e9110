using System.Security.Claims;
using RareGraph.GraphQL.Security;

namespace RareGraph.GraphQL.AspNetCore.Security;

/// <summary>
/// Watches the credential of a long-lived connection and calls <c>lapsed</c> once, when it no longer holds: at once
/// when this process revokes it, at its expiry, or at the first periodic check that finds it revoked (by another
/// replica) or expired. Anonymous connections are not watched.
/// </summary>
internal sealed class CredentialWatch : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly IDisposable _revocation;
    private readonly Func<Task> _lapsed;
    private int _fired;

    private CredentialWatch(CancellationToken connection, Func<Task> lapsed, Func<CredentialWatch, IDisposable> watchRevocation)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(connection);
        _lapsed = lapsed;
        _revocation = watchRevocation(this);
    }

    /// <summary>Starts watching <paramref name="user"/> until disposed or until <paramref name="connection"/> ends.</summary>
    public static CredentialWatch? Start(
        ICredentialLifetime lifetime,
        ClaimsPrincipal user,
        TimeSpan checkInterval,
        Func<Task> lapsed,
        CancellationToken connection)
    {
        if (!RareGraphRoles.IsSignedIn(user))
        {
            return null;
        }

        var watch = new CredentialWatch(connection, lapsed, w => lifetime.WatchRevocation(user, () => _ = w.LapseAsync()));
        _ = watch.CheckPeriodicallyAsync(lifetime, user, checkInterval);
        return watch;
    }

    public void Dispose()
    {
        _revocation.Dispose();
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task CheckPeriodicallyAsync(ICredentialLifetime lifetime, ClaimsPrincipal user, TimeSpan interval)
    {
        var token = _stop.Token;
        try
        {
            while (!token.IsCancellationRequested)
            {
                var wait = interval;
                if (lifetime.ExpiresAt(user) is { } expiry)
                {
                    var left = expiry - DateTimeOffset.UtcNow;
                    wait = left < wait ? left : wait;
                }

                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, token);
                }

                if (!await lifetime.IsValidAsync(user, token))
                {
                    await LapseAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended first.
        }
        catch (ObjectDisposedException)
        {
            // Disposed while waiting.
        }
    }

    private Task LapseAsync() => Interlocked.Exchange(ref _fired, 1) == 0 ? _lapsed() : Task.CompletedTask;
}
