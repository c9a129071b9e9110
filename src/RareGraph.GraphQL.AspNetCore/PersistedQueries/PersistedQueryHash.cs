using System.Security.Cryptography;
using System.Text;

namespace RareGraph.GraphQL.AspNetCore.PersistedQueries;

/// <summary>The document hash of Automatic Persisted Queries: lower-case hex SHA-256 of the UTF-8 text, unchanged.</summary>
public static class PersistedQueryHash
{
    public static string Of(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>Drops a <c>sha256:</c> prefix and lower-cases.</summary>
    public static string Normalise(string hash) =>
        (hash.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? hash[7..] : hash).ToLowerInvariant();
}
