using System.Security.Claims;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using RareGraph.GraphQL.AspNetCore.Security;

namespace RareGraph.Server.Security;

/// <summary>
/// Takes permits from the very limiter HTTP requests pass (<see cref="RateLimiting"/>), so operations over a socket and
/// document registrations share the caller's one budget with their HTTP requests.
/// </summary>
internal sealed class OperationRateLimit(IOptions<RateLimiterOptions> limiter, SecurityOptions options) : IOperationRateLimit
{
    public bool TryAcquire(HttpContext http, ClaimsPrincipal user, int permits = 1)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (limiter.Value.GlobalLimiter is not { } global)
        {
            return true;
        }

        // A fixed window refuses outright a request for more permits than it ever holds: ask for at most all of them.
        var limit = Math.Max(1, user.Identity?.IsAuthenticated == true ? options.RateLimit.PermitsPerMinute : options.RateLimit.AnonymousPermitsPerMinute);
        http.Items[RateLimiting.CallerItem] = user;
        using var lease = global.AttemptAcquire(http, Math.Clamp(permits, 1, limit));
        return lease.IsAcquired;
    }
}
