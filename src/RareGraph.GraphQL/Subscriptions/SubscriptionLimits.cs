using System.ComponentModel.DataAnnotations;

namespace RareGraph.GraphQL.Subscriptions;

/// <summary>Bounds on live subscriptions per replica (<c>RareGraph:Subscriptions</c>), so alerts cannot be used to exhaust memory or CPU.</summary>
public sealed class SubscriptionLimits
{
    public const string SectionName = "RareGraph:Subscriptions";

    /// <summary>Live subscriptions of any kind on this replica.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "RareGraph:Subscriptions:MaxSubscriptions must be a positive number.")]
    public int MaxSubscriptions { get; set; } = 10_000;

    /// <summary>
    /// Live <c>exposureAlert</c> and <c>coverageGap</c> subscriptions together on this replica; each recomputes an analysis
    /// after every batch of writes.
    /// </summary>
    [Range(1, int.MaxValue, ErrorMessage = "RareGraph:Subscriptions:MaxExposureWatches must be a positive number.")]
    public int MaxExposureWatches { get; set; } = 500;

    /// <summary>At most this many keys in a <c>jurisdictionKeys</c> or <c>keys</c> argument.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "RareGraph:Subscriptions:MaxFilterKeys must be a positive number.")]
    public int MaxFilterKeys { get; set; } = 100;

    /// <summary>Events waiting for the registry beyond this are dropped, oldest first, and a warning is logged.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "RareGraph:Subscriptions:QueueCapacity must be a positive number.")]
    public int QueueCapacity { get; set; } = 4_096;
}
