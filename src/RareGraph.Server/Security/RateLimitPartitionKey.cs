using System.Net;

namespace RareGraph.Server.Security;

/// <summary>
/// Whose rate limit a request counts against: a signed-in caller by name, an anonymous one by client address. A value,
/// so choosing the partition for a request builds no text.
/// </summary>
/// <remarks>A caller and an address never share a partition, even if a caller were named like an address.</remarks>
internal readonly record struct RateLimitPartitionKey(RateLimitPartitionKind Kind, string? Name, IPAddress? ClientAddress)
{
    public static RateLimitPartitionKey Caller(string? name) => new(RateLimitPartitionKind.Caller, name, null);

    public static RateLimitPartitionKey Address(IPAddress? address) => new(RateLimitPartitionKind.Address, null, address);
}
