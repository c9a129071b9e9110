namespace RareGraph.GraphQL.Security;

/// <summary>
/// Issues and revokes API keys at run time (ADMIN only), beside those fixed in configuration. Implemented by the host,
/// which owns where keys are kept; only hashes are kept, so a secret is shown once, when it is issued.
/// </summary>
public interface IApiKeyManager
{
    /// <summary>A new key for <paramref name="role"/>; CONFLICT when <paramref name="id"/> is already taken.</summary>
    Task<IssuedApiKey> IssueAsync(string id, string role, string issuedBy, CancellationToken cancellationToken);

    /// <summary>False when no issued, unrevoked key has <paramref name="id"/> (configured keys cannot be revoked here).</summary>
    Task<bool> RevokeAsync(string id, string revokedBy, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken);
}
