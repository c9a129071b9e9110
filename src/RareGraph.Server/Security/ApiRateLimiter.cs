using System.Collections.Concurrent;
using System.Security.Claims;
using System.Threading.RateLimiting;

namespace RareGraph.Server.Security;

/// <summary>
/// The API's rate limit: a fixed window per signed-in caller (by name) and per anonymous client address, nothing for
/// requests outside the API. It replaces <c>PartitionedRateLimiter.Create</c> with fixed-window limiters, which takes
/// two locks per request (the partition map's and the window's) that all of one caller's concurrent requests queue on:
/// here the partition is found in a lock-free map and the window is one compare-and-swap.
/// </summary>
/// <remarks>
/// Same rules as before: one-minute windows starting at a caller's first request, no queue, a refusal carries
/// Retry-After, a request for more permits than a window holds is an error. A partition idle for a whole window is
/// forgotten (its next window would start empty anyway), once per window, so anonymous addresses do not accumulate.
/// </remarks>
internal sealed class ApiRateLimiter : PartitionedRateLimiter<HttpContext>
{
    private readonly ConcurrentDictionary<RateLimitPartitionKey, FixedWindowCounter> _windows = new();
    private readonly TimeProvider _time;
    private readonly int _signedInLimit;
    private readonly int _anonymousLimit;
    private readonly long _windowTicks;
    private long _nextSweep;

    public ApiRateLimiter(int signedInPermits, int anonymousPermits, TimeSpan window, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _signedInLimit = Math.Max(1, signedInPermits);
        _anonymousLimit = Math.Max(1, anonymousPermits);
        _windowTicks = Math.Max(1, (long)(window.TotalSeconds * time.TimestampFrequency));
        _nextSweep = time.GetTimestamp() + _windowTicks;
    }

    /// <summary>How many callers' windows are kept (a test seam: idle ones are forgotten).</summary>
    internal int Partitions => _windows.Count;

    public override RateLimiterStatistics? GetStatistics(HttpContext resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (Partition(resource) is not { } partition)
        {
            return null;
        }

        var now = _time.GetTimestamp();
        return new RateLimiterStatistics
        {
            CurrentAvailablePermits = _windows.TryGetValue(partition.Key, out var window) ? window.Available(now) : partition.Limit,
        };
    }

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (Partition(resource) is not { } partition)
        {
            // Not the API: nothing to count.
            return GrantedLease.Instance;
        }

        var now = _time.GetTimestamp();
        SweepIfDue(now);
        if (!_windows.TryGetValue(partition.Key, out var window))
        {
            window = _windows.GetOrAdd(partition.Key, new FixedWindowCounter(partition.Limit, _windowTicks, now, _time.TimestampFrequency));
        }

        return window.TryTake(permitCount, now);
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken)
    {
        // No queue: a request either has its permits now or is refused now.
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(AttemptAcquireCore(resource, permitCount));
    }

    /// <summary>Whose window a request counts against, and its size; null outside the API.</summary>
    private (RateLimitPartitionKey Key, int Limit)? Partition(HttpContext http)
    {
        if (!ApiPaths.IsApi(http.Request.Path))
        {
            return null;
        }

        // An operation on a long-lived connection counts against the caller the socket signed in as.
        var user = http.Items.TryGetValue(RateLimiting.CallerItem, out var caller) && caller is ClaimsPrincipal socketCaller ? socketCaller : http.User;
        return user.Identity is { IsAuthenticated: true } identity
            ? (RateLimitPartitionKey.Caller(identity.Name), _signedInLimit)
            : (RateLimitPartitionKey.Address(http.Connection.RemoteIpAddress), _anonymousLimit);
    }

    private void SweepIfDue(long now)
    {
        var due = Volatile.Read(ref _nextSweep);
        if (now < due || Interlocked.CompareExchange(ref _nextSweep, now + _windowTicks, due) != due)
        {
            return;
        }

        foreach (var (key, window) in _windows)
        {
            if (window.IsIdle(now))
            {
                // Only this very window: one a request just made for the same caller stays.
                _windows.TryRemove(new KeyValuePair<RateLimitPartitionKey, FixedWindowCounter>(key, window));
            }
        }
    }
}
