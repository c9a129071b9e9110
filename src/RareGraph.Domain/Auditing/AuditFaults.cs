using RareGraph.Domain.Errors;

namespace RareGraph.Domain.Auditing;

/// <summary>The error a store raises when a write's audit entry cannot be recorded, and so the write is not applied.</summary>
public static class AuditFaults
{
    /// <summary>The fault for a write whose audit entry the trail refused, with the store's error as the cause.</summary>
    /// <remarks>
    /// UNAVAILABLE and not transient: the trail refused the entry (its version is already recorded, the disk is full),
    /// which a retry of the same request will not cure until someone looks at the store. The message names no data.
    /// </remarks>
    public static RareGraphException NotRecorded(Exception? cause) =>
        new(ErrorCodes.Unavailable, "The audit trail could not record this write, so nothing was changed.", null, cause)
        {
            IsTransient = false,
        };
}
