namespace RareGraph.Domain.Auditing;

/// <summary>
/// One page of the trail, newest first: at most <see cref="First"/> entries with versions below
/// <see cref="BeforeVersion"/> (all when null), optionally only one actor's or one operation's.
/// </summary>
public sealed record AuditQuery(int First, long? BeforeVersion = null, string? Actor = null, string? Operation = null);
