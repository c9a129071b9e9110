using RareGraph.Domain.Auditing;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Neo4j.Cypher;
using RareGraph.Storage.Neo4j.Mapping;
using RareGraph.Storage.Neo4j.Wire;

namespace RareGraph.Storage.Neo4j.Keys;

/// <summary>
/// Issued API keys as <c>:IssuedApiKey</c> nodes in the graph's own database, so every replica signs in with the same
/// keys and a revocation reaches all of them with the next request.
/// </summary>
internal sealed class Neo4jIssuedKeyRepository(QueryApiClient client) : IIssuedKeyRepository
{
    public async Task<bool> AddAsync(IssuedKey key, AuditRecord? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = key.Id,
            ["hash"] = key.Hash,
            ["role"] = key.Role,
            ["issuedAt"] = key.IssuedAt,
            ["issuedBy"] = key.IssuedBy,
            ["audit"] = WriteParameters.Audit(audit),
        };
        var response = await client.RunAsync(CypherRequest.Write(IssuedKeyStatements.Add, parameters), cancellationToken);
        return response.Rows.Count == 1 && response.Value(0, "created") is true;
    }

    public async Task<IssuedKey?> FindByHashAsync(string hash, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["hash"] = hash };
        var response = await client.RunAsync(CypherRequest.Read(IssuedKeyStatements.FindByHash, parameters), cancellationToken);
        return response.Rows.Count == 0 ? null : ToKey(response.Rows[0][0]);
    }

    public async Task<IReadOnlyList<IssuedKey>> ListAsync(CancellationToken cancellationToken)
    {
        var response = await client.RunAsync(CypherRequest.Read(IssuedKeyStatements.List), cancellationToken);
        return [.. response.Rows.Select(row => ToKey(row[0]))];
    }

    public async Task<bool> RevokeAsync(string id, DateTimeOffset at, string revokedBy, AuditRecord? audit, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = id,
            ["at"] = at,
            ["by"] = revokedBy,
            ["audit"] = WriteParameters.Audit(audit),
        };
        var response = await client.RunAsync(CypherRequest.Write(IssuedKeyStatements.Revoke, parameters), cancellationToken);
        return response.Rows.Count == 1;
    }

    private static IssuedKey ToKey(object? value)
    {
        var node = value as Neo4jNode
            ?? throw new RareGraphException(ErrorCodes.Internal, "Neo4j returned a row in a shape this adapter did not ask for.");
        var key = new PropertyBag(node.Properties);
        return new IssuedKey(
            key.String("id"),
            key.String("hash"),
            key.String("role"),
            key.Moment("issuedAt"),
            key.String("issuedBy"),
            key.OptionalMoment("revokedAt"),
            key.OptionalString("revokedBy"));
    }
}
