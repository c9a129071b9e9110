using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using RareGraph.Server.Security;

namespace RareGraph.Server.Tests.Security;

/// <summary>
/// The API's rate limit: a fixed window per signed-in caller and per anonymous address, refusals with Retry-After, a
/// fresh window after the old one ends, nothing counted outside the API, idle callers forgotten, and no permit granted
/// twice when one caller's requests race.
/// </summary>
public sealed class ApiRateLimiterTests
{
    private readonly ManualTime _time = new();

    [Fact]
    public void A_Caller_Should_Get_Its_Permits_Per_Window_Then_Be_Refused_With_Retry_After()
    {
        using var limiter = new ApiRateLimiter(3, 1, TimeSpan.FromMinutes(1), _time);
        var alice = Request("/graphql", "key:alice");

        var granted = Enumerable.Range(0, 3).Select(_ => limiter.AttemptAcquire(alice).IsAcquired).ToList();
        _time.Advance(TimeSpan.FromSeconds(20));
        using var refused = limiter.AttemptAcquire(alice);

        Assert.All(granted, Assert.True);
        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(40), retryAfter);
    }

    [Fact]
    public void A_New_Window_Should_Start_Empty()
    {
        using var limiter = new ApiRateLimiter(2, 1, TimeSpan.FromMinutes(1), _time);
        var alice = Request("/graphql", "key:alice");
        limiter.AttemptAcquire(alice);
        limiter.AttemptAcquire(alice);
        Assert.False(limiter.AttemptAcquire(alice).IsAcquired);

        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.True(limiter.AttemptAcquire(alice).IsAcquired);
        Assert.True(limiter.AttemptAcquire(alice).IsAcquired);
        Assert.False(limiter.AttemptAcquire(alice).IsAcquired);
    }

    [Fact]
    public void Callers_And_Addresses_Should_Have_Windows_Of_Their_Own()
    {
        using var limiter = new ApiRateLimiter(1, 1, TimeSpan.FromMinutes(1), _time);

        Assert.True(limiter.AttemptAcquire(Request("/graphql", "key:alice")).IsAcquired);
        Assert.True(limiter.AttemptAcquire(Request("/graphql", "key:bob")).IsAcquired);
        Assert.True(limiter.AttemptAcquire(Request("/graphql", null, "10.0.0.1")).IsAcquired);
        Assert.True(limiter.AttemptAcquire(Request("/graphql", null, "10.0.0.2")).IsAcquired);
        Assert.False(limiter.AttemptAcquire(Request("/graphql", "key:alice")).IsAcquired);
        Assert.False(limiter.AttemptAcquire(Request("/graphql", null, "10.0.0.1")).IsAcquired);
    }

    [Fact]
    public void Anonymous_Callers_Should_Have_The_Anonymous_Limit()
    {
        using var limiter = new ApiRateLimiter(5, 2, TimeSpan.FromMinutes(1), _time);
        var anonymous = Request("/graphql", null, "10.0.0.1");

        var granted = Enumerable.Range(0, 3).Count(_ => limiter.AttemptAcquire(anonymous).IsAcquired);

        Assert.Equal(2, granted);
    }

    [Fact]
    public void Requests_Outside_The_Api_Should_Never_Be_Counted()
    {
        using var limiter = new ApiRateLimiter(1, 1, TimeSpan.FromMinutes(1), _time);
        var page = Request("/", "key:alice");

        Assert.All(Enumerable.Range(0, 10), _ => Assert.True(limiter.AttemptAcquire(page).IsAcquired));
        Assert.Equal(0, limiter.Partitions);
        Assert.True(limiter.AttemptAcquire(Request("/graphql", "key:alice")).IsAcquired);
    }

    [Fact]
    public void More_Permits_Than_A_Window_Holds_Should_Be_An_Error_As_In_The_Library_Window()
    {
        using var limiter = new ApiRateLimiter(3, 1, TimeSpan.FromMinutes(1), _time);

        Assert.Throws<ArgumentOutOfRangeException>(() => limiter.AttemptAcquire(Request("/graphql", "key:alice"), 4));
    }

    [Fact]
    public void Callers_Idle_For_A_Whole_Window_Should_Be_Forgotten()
    {
        using var limiter = new ApiRateLimiter(3, 3, TimeSpan.FromMinutes(1), _time);
        foreach (var address in Enumerable.Range(1, 50).Select(i => $"10.0.0.{i}"))
        {
            limiter.AttemptAcquire(Request("/graphql", null, address));
        }

        Assert.Equal(50, limiter.Partitions);
        _time.Advance(TimeSpan.FromMinutes(2));
        limiter.AttemptAcquire(Request("/graphql", "key:alice"));

        Assert.Equal(1, limiter.Partitions);
    }

    [Fact]
    public async Task Racing_Requests_Of_One_Caller_Should_Never_Get_More_Than_The_Limit()
    {
        using var limiter = new ApiRateLimiter(1_000, 1, TimeSpan.FromMinutes(1), _time);

        var granted = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            var count = 0;
            for (var i = 0; i < 500; i++)
            {
                count += limiter.AttemptAcquire(Request("/graphql", "key:alice")).IsAcquired ? 1 : 0;
            }

            return count;
        })));

        Assert.Equal(1_000, granted.Sum());
    }

    private static DefaultHttpContext Request(string path, string? caller, string address = "127.0.0.1")
    {
        var http = new DefaultHttpContext();
        http.Request.Path = path;
        http.Connection.RemoteIpAddress = IPAddress.Parse(address);
        if (caller is not null)
        {
            http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, caller)], "ApiKey"));
        }

        return http;
    }

    /// <summary>A clock that moves only when told.</summary>
    private sealed class ManualTime : TimeProvider
    {
        private long _ticks = 1_000_000;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref _ticks);

        public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
    }
}
