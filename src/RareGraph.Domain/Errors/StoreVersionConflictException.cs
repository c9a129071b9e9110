namespace RareGraph.Domain.Errors;

/// <summary>
/// Raised by a store when a write was validated against a graph version that another write has since moved past.
/// <see cref="Writing.GraphWriter"/> retries on it; it reaches a caller only after repeated contention, as CONFLICT.
/// </summary>
public sealed class StoreVersionConflictException : RareGraphException
{
    public StoreVersionConflictException(long expectedVersion, long actualVersion)
        : base(ErrorCodes.Conflict, "The graph changed while this write was being applied; retry the request.")
    {
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
        IsTransient = true;
    }

    public long ExpectedVersion { get; }

    public long ActualVersion { get; }
}
