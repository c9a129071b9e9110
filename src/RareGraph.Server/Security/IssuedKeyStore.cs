using System.Text.Json;
using RareGraph.Domain.Auditing;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Storage;
using RareGraph.GraphQL.Security;

namespace RareGraph.Server.Security;

/// <summary>
/// The policy of keys issued at run time: which ids and roles are allowed, that configured ids stay reserved, that
/// only the hash of a secret is kept, and who issued and revoked each key when. Keeping them is the configured store's
/// job (<see cref="IIssuedKeyRepository"/>); configured keys stay in configuration and cannot be revoked here.
/// Issuing and revoking leave an audit entry like every other write: who, when, the key's id and role — never its
/// secret or hash.
/// </summary>
internal sealed class IssuedKeyStore(IIssuedKeyRepository keys, SecurityOptions options, TimeProvider time) : IApiKeyManager
{
    private const string Configured = "CONFIGURATION";
    private const string Issued = "ISSUED";
    private const string CreateOperation = "createApiKey";
    private const string RevokeOperation = "revokeApiKey";

    /// <summary>The id and role of the unrevoked issued key whose secret is <paramref name="secret"/>, or null.</summary>
    public async Task<(string Id, string Role)?> FindAsync(string secret, CancellationToken cancellationToken)
    {
        var key = await keys.FindByHashAsync(ApiKeySecrets.Hash(secret), cancellationToken);
        return key is { IsRevoked: false } ? (key.Id, key.Role) : null;
    }

    public async Task<IssuedApiKey> IssueAsync(string id, string role, string issuedBy, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw RareGraphException.Validation("id", "A key id is 1-64 letters, digits, '-', '_' or '.'.");
        }

        if (!RareGraphRoles.IsAssignable(role))
        {
            throw RareGraphException.Validation("role", $"The role must be one of {string.Join(", ", RareGraphRoles.Assignable)}.");
        }

        if (options.ApiKeys.Any(k => string.Equals(k.Id, id, StringComparison.Ordinal)))
        {
            throw RareGraphException.Conflict("id", $"A configured key already has the id '{id}'.");
        }

        var secret = ApiKeySecrets.Generate();
        var key = new IssuedKey(id, ApiKeySecrets.Hash(secret), role, time.GetUtcNow(), issuedBy);
        var audit = new AuditRecord(issuedBy, CreateOperation, key.IssuedAt, [new AuditedChange(AuditSubject.ApiKey, id, null, Describe(key))]);
        if (!await keys.AddAsync(key, audit, cancellationToken))
        {
            throw RareGraphException.Conflict("id", $"A key with the id '{id}' was already issued.");
        }

        return new IssuedApiKey(id, role, secret);
    }

    public async Task<bool> RevokeAsync(string id, string revokedBy, CancellationToken cancellationToken)
    {
        var before = (await keys.ListAsync(cancellationToken)).FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.Ordinal));
        if (before is not { IsRevoked: false })
        {
            return false;
        }

        var at = time.GetUtcNow();
        var after = before with { RevokedAt = at, RevokedBy = revokedBy };
        var audit = new AuditRecord(revokedBy, RevokeOperation, at, [new AuditedChange(AuditSubject.ApiKey, id, Describe(before), Describe(after))]);
        return await keys.RevokeAsync(id, at, revokedBy, audit, cancellationToken);
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken)
    {
        var configured = options.ApiKeys.Select(k => new ApiKeyInfo(k.Id, k.Role, Configured, null, null, null, null));
        var issued = (await keys.ListAsync(cancellationToken))
            .Select(k => new ApiKeyInfo(k.Id, k.Role, Issued, k.IssuedAt, k.IssuedBy, k.RevokedAt, k.RevokedBy));
        return [.. configured, .. issued];
    }

    /// <summary>What the trail shows of a key: everything but its hash (the secret is never kept at all).</summary>
    private static string Describe(IssuedKey key) => JsonSerializer.Serialize(new
    {
        key.Id,
        key.Role,
        key.IssuedAt,
        key.IssuedBy,
        key.RevokedAt,
        key.RevokedBy,
    });
}
