using System.ComponentModel.DataAnnotations;

namespace RareGraph.Caching.Redis;

/// <summary>
/// The <c>RareGraph:Redis</c> section: which Redis to use and how long to wait for it. The host also accepts the
/// documented short form, <c>RareGraph:Redis</c> set to the connection string itself, and maps it onto
/// <see cref="Configuration"/>.
/// </summary>
public sealed class RedisOptions
{
    public const string SectionName = "RareGraph:Redis";

    /// <summary>A StackExchange.Redis configuration string: <c>host:port</c>, then <c>,option=value</c> pairs (a password, say).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "RareGraph:Redis must name the Redis server (host:port, then any ,option=value).")]
    public string? Configuration { get; set; }

    /// <summary>How long a connection attempt may take; the multiplexer keeps retrying in the background after it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:01:00", ErrorMessage = "RareGraph:Redis:ConnectTimeout must be between 00:00:00.1 and 00:01:00.")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long one cache or publish call may wait for Redis. Short, because a slow Redis must cost a request no more
    /// than a missed cache: the answer is then computed without it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.05", "00:01:00", ErrorMessage = "RareGraph:Redis:OperationTimeout must be between 00:00:00.05 and 00:01:00.")]
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(1);
}
