using System.Threading.RateLimiting;

namespace RareGraph.Server.Security;

/// <summary>
/// One caller's fixed window: at most <c>limit</c> permits per window, the window starting when the caller first came
/// (as System.Threading.RateLimiting's fixed window does, without a queue). The window's number and the permits taken
/// in it are one 64-bit word changed by compare-and-swap, so concurrent requests of one caller never wait on a lock.
/// </summary>
internal sealed class FixedWindowCounter(int limit, long windowTicks, long startTimestamp, long ticksPerSecond)
{
    private const long CountMask = 0xFFFF_FFFF;

    // High 32 bits: the window's number since the first request; low 32 bits: permits taken in it.
    private long _state;

    public int Limit => limit;

    /// <summary>Takes <paramref name="permits"/> from the window <paramref name="timestamp"/> falls in, if it holds them.</summary>
    public RateLimitLease TryTake(int permits, long timestamp)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permits);

        // As the library's fixed window: a request for more than a window ever holds is a caller's mistake.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permits, limit);
        var window = WindowOf(timestamp);
        while (true)
        {
            var state = Volatile.Read(ref _state);
            var taken = (state >> 32) == window ? (int)(state & CountMask) : 0;
            if (permits == 0 ? taken >= limit : taken + permits > limit)
            {
                return new RefusedLease(TimeSpan.FromSeconds((double)(WindowStart(window + 1) - timestamp) / ticksPerSecond));
            }

            if (Interlocked.CompareExchange(ref _state, (window << 32) | (uint)(taken + permits), state) == state)
            {
                return GrantedLease.Instance;
            }
        }
    }

    /// <summary>Permits left in the window <paramref name="timestamp"/> falls in.</summary>
    public int Available(long timestamp)
    {
        var state = Volatile.Read(ref _state);
        return (state >> 32) == WindowOf(timestamp) ? limit - (int)(state & CountMask) : limit;
    }

    /// <summary>True when no permit was taken in the window <paramref name="timestamp"/> falls in: forgetting it changes nothing.</summary>
    public bool IsIdle(long timestamp) => Available(timestamp) == limit;

    private long WindowOf(long timestamp) => Math.Max(0, timestamp - startTimestamp) / windowTicks;

    private long WindowStart(long window) => startTimestamp + (window * windowTicks);
}
