namespace RareGraph.Domain.Auditing;

/// <summary>
/// The read side of the record of writes. Entries are written only by the store, inside the transaction of the write
/// they describe (see <see cref="Storage.GraphWrite.Audit"/>); there is no way to add, change or remove one here.
/// </summary>
public interface IAuditTrail
{
    Task<IReadOnlyList<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken);

    Task<long> CountAsync(string? actor, string? operation, CancellationToken cancellationToken);
}
