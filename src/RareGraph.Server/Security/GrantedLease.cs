using System.Threading.RateLimiting;

namespace RareGraph.Server.Security;

/// <summary>Permits granted: nothing to return (a fixed window replenishes by time) and nothing to say.</summary>
internal sealed class GrantedLease : RateLimitLease
{
    public static readonly GrantedLease Instance = new();

    private GrantedLease()
    {
    }

    public override bool IsAcquired => true;

    public override IEnumerable<string> MetadataNames => [];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = null;
        return false;
    }
}
