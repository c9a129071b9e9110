namespace RareGraph.Domain.Auditing;

/// <summary>
/// The append-only record of writes. There is no way to change or remove an entry through this port, and stores
/// should refuse it underneath as well.
/// </summary>
public interface IAuditTrail
{
    /// <summary>
    /// Durably records <paramref name="entry"/> before returning. Synchronous because it runs inside the write path
    /// right after the commit. An entry for a version already recorded is ignored, so a retried append cannot duplicate.
    /// </summary>
    void Append(AuditEntry entry);

    Task<IReadOnlyList<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken);

    Task<long> CountAsync(string? actor, string? operation, CancellationToken cancellationToken);
}
