using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using RareGraph.Domain.Errors;

namespace RareGraph.Server.Security;

/// <summary>
/// A fixed window per signed-in key or subject, and per client address for anonymous callers, on the API only.
/// Rejections are 429 with a LIMIT_EXCEEDED body and a Retry-After hint.
/// </summary>
internal static class RateLimiting
{
    /// <summary>
    /// Set in <see cref="HttpContext.Items"/> when an operation on a long-lived connection takes permits
    /// (<see cref="OperationRateLimit"/>): the caller the socket signed in as, who may differ from the upgrade request's.
    /// </summary>
    public const string CallerItem = "RareGraph.RateLimitCaller";

    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<SecurityOptions>((limiter, security) =>
        {
            var options = security.RateLimit;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = new ApiRateLimiter(options.PermitsPerMinute, options.AnonymousPermitsPerMinute, TimeSpan.FromMinutes(1), TimeProvider.System);
            limiter.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await CredentialGate.WriteErrorAsync(context.HttpContext, ErrorCodes.LimitExceeded, "Too many requests; slow down and retry later.");
    }
}
