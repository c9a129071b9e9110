namespace RareGraph.Server.Security;

/// <summary>What a <see cref="RateLimitPartitionKey"/> names.</summary>
internal enum RateLimitPartitionKind
{
    Caller,
    Address,
}
