namespace RareGraph.Domain.Auditing;

/// <summary>
/// The record of one applied write: the graph version it produced (its identity: one entry per version), when, who
/// (an API key id or a token subject), the mutation, and the before/after of everything it changed.
/// </summary>
public sealed record AuditEntry(long Version, DateTimeOffset At, string Actor, string Operation, IReadOnlyList<AuditedChange> Changes);
