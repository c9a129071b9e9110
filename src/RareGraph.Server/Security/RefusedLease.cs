using System.Threading.RateLimiting;

namespace RareGraph.Server.Security;

/// <summary>Permits refused, with when the caller's window opens again (Retry-After).</summary>
internal sealed class RefusedLease(TimeSpan retryAfter) : RateLimitLease
{
    public override bool IsAcquired => false;

    public override IEnumerable<string> MetadataNames => [MetadataName.RetryAfter.Name];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (string.Equals(metadataName, MetadataName.RetryAfter.Name, StringComparison.Ordinal))
        {
            metadata = retryAfter;
            return true;
        }

        metadata = null;
        return false;
    }
}
