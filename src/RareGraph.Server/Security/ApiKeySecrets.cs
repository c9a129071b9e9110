using System.Security.Cryptography;
using System.Text;

namespace RareGraph.Server.Security;

/// <summary>
/// Makes and checks API key secrets. A key is 32 random bytes, so a single unsalted SHA-256 is enough to keep the
/// configured hashes useless to whoever reads them (no dictionary to try); comparisons take constant time.
/// </summary>
public static class ApiKeySecrets
{
    public const string Prefix = "rg_";
    private const string HashPrefix = "sha256:";

    /// <summary>A new secret, <c>rg_</c> followed by 43 URL-safe characters.</summary>
    public static string Generate() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>What to put in configuration for <paramref name="secret"/>.</summary>
    public static string Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return HashPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    public static bool IsWellFormedHash(string? hash) =>
        hash is { Length: 71 } && hash.StartsWith(HashPrefix, StringComparison.Ordinal) && hash[7..].All(Uri.IsHexDigit);

    public static bool Matches(string presentedSecret, string configuredHash) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hash(presentedSecret)),
            Encoding.ASCII.GetBytes(configuredHash.ToLowerInvariant()));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
