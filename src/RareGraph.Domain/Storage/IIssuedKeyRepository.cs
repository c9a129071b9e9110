using RareGraph.Domain.Auditing;

namespace RareGraph.Domain.Storage;

/// <summary>
/// Where issued API keys live: in the configured graph store, so every replica sees the same keys and a revocation
/// takes effect on all of them at once. Policy (who may issue, what an id or role may be, hashing, what the audit entry
/// says) is the caller's.
/// </summary>
/// <remarks>
/// Issuing and revoking are writes like any other: each records its <see cref="AuditRecord"/> in the same transaction,
/// under a new graph version (the trail's identity), so the key change and its entry commit together or not at all. A
/// call that changes nothing (a taken id, a key already revoked) records nothing. The audit record is null only in
/// store tests.
/// </remarks>
public interface IIssuedKeyRepository
{
    /// <summary>Adds <paramref name="key"/>; false, changing nothing, when a key with its id was issued before.</summary>
    Task<bool> AddAsync(IssuedKey key, AuditRecord? audit, CancellationToken cancellationToken);

    /// <summary>The key whose secret hashes to <paramref name="hash"/>, revoked or not; null when there is none.</summary>
    Task<IssuedKey?> FindByHashAsync(string hash, CancellationToken cancellationToken);

    /// <summary>Every issued key, revoked ones included, ordered by id.</summary>
    Task<IReadOnlyList<IssuedKey>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Marks the key revoked; false, changing nothing, when no unrevoked key has <paramref name="id"/>.</summary>
    Task<bool> RevokeAsync(string id, DateTimeOffset at, string revokedBy, AuditRecord? audit, CancellationToken cancellationToken);
}
