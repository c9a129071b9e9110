namespace RareGraph.Domain.Auditing;

/// <summary>
/// What a write's audit entry says, carried by the write itself so the store records it in the same transaction.
/// It has no version: the store gives the entry the version the write produces, so the two cannot disagree.
/// </summary>
public sealed record AuditRecord(string Actor, string Operation, DateTimeOffset At, IReadOnlyList<AuditedChange> Changes)
{
    /// <summary>The entry this record becomes once the write that carries it has produced <paramref name="version"/>.</summary>
    public AuditEntry ToEntry(long version) => new(version, At, Actor, Operation, Changes);
}
