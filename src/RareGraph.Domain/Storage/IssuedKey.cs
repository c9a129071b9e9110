namespace RareGraph.Domain.Storage;

/// <summary>
/// An API key issued at run time, as its store keeps it: the hash of its secret (never the secret), its role, and who
/// issued and revoked it when. Revoked keys are kept, so the list shows who could sign in when.
/// </summary>
public sealed record IssuedKey(
    string Id,
    string Hash,
    string Role,
    DateTimeOffset IssuedAt,
    string IssuedBy,
    DateTimeOffset? RevokedAt = null,
    string? RevokedBy = null)
{
    public bool IsRevoked => RevokedAt is not null;
}
