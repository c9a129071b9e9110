using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace RareGraph.Server.Security;

/// <summary>
/// Takes every request's permit from the API's limiter (<see cref="RateLimiterOptions.GlobalLimiter"/>, an
/// <see cref="ApiRateLimiter"/>) and refuses it as configured (<see cref="RateLimiterOptions.RejectionStatusCode"/>,
/// <see cref="RateLimiterOptions.OnRejected"/>), in place of ASP.NET Core's rate-limiting middleware. That middleware
/// also looks up a per-endpoint limiter under a lock, combines the two leases in a new object and records its metrics
/// on every request; the API has no per-endpoint policies, so only the global limiter ever decided.
/// </summary>
internal static class RateLimitGate
{
    public static IApplicationBuilder UseApiRateLimit(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<RateLimiterOptions>>();
        return app.Use((http, next) =>
        {
            // Read on first use, after the host's start-time checks, like everything else bound from the options.
            if (options.Value.GlobalLimiter is not { } limiter)
            {
                return next(http);
            }

            var lease = limiter.AttemptAcquire(http);
            if (!lease.IsAcquired)
            {
                return RefuseAsync(http, lease, options.Value);
            }

            // A fixed window's granted lease holds nothing to give back; any other is held until the request ends.
            return ReferenceEquals(lease, GrantedLease.Instance) ? next(http) : HoldAsync(http, next, lease);
        });
    }

    private static async Task HoldAsync(HttpContext http, RequestDelegate next, RateLimitLease lease)
    {
        using (lease)
        {
            await next(http);
        }
    }

    private static async Task RefuseAsync(HttpContext http, RateLimitLease lease, RateLimiterOptions options)
    {
        using (lease)
        {
            http.Response.StatusCode = options.RejectionStatusCode;
            if (options.OnRejected is { } onRejected)
            {
                await onRejected(new OnRejectedContext { HttpContext = http, Lease = lease }, http.RequestAborted);
            }
        }
    }
}
