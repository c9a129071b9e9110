using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace RareGraph.Server.Security;

/// <summary>
/// The configured API keys by the SHA-256 digest of their secret: a presented key is hashed once and looked up, instead
/// of hashed and compared against every configured key in turn.
/// </summary>
/// <remarks>
/// Looking a digest up reveals nothing usable: the dictionary's timing depends on the digest of the presented secret,
/// and a digest close to a configured one says nothing about a secret close to its key (SHA-256 is preimage-resistant,
/// and keys are 32 random bytes). The digest found is still compared in constant time, so a hash collision in the
/// dictionary never decides a match.
/// </remarks>
internal sealed class ConfiguredApiKeys
{
    private const int DigestBytes = 32;
    private const string HashPrefix = "sha256:";

    /// <summary>Secrets this long or shorter are encoded on the stack (a generated key has 46 characters).</summary>
    private const int StackEncodedChars = 128;

    private readonly Dictionary<Digest, ConfiguredApiKey> _byDigest = [];

    public ConfiguredApiKeys(IEnumerable<SecurityOptions.ApiKeyOptions> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            // Start-up validation refuses a malformed hash; one that got here anyway matches no secret.
            if (!ApiKeySecrets.IsWellFormedHash(key.Hash))
            {
                continue;
            }

            var digest = Convert.FromHexString(key.Hash.AsSpan(HashPrefix.Length));

            // The last of two keys with the same hash wins, as when every key was compared in turn.
            _byDigest[new Digest(digest)] = new ConfiguredApiKey(key.Id, key.Role, digest);
        }
    }

    public static ConfiguredApiKeys None { get; } = new([]);

    public int Count => _byDigest.Count;

    /// <summary>The configured key whose hash is that of <paramref name="presentedSecret"/>, or null.</summary>
    public ConfiguredApiKey? Find(string presentedSecret)
    {
        ArgumentNullException.ThrowIfNull(presentedSecret);
        if (_byDigest.Count == 0)
        {
            return null;
        }

        Span<byte> digest = stackalloc byte[DigestBytes];
        Hash(presentedSecret, digest);
        return _byDigest.TryGetValue(new Digest(digest), out var key) && CryptographicOperations.FixedTimeEquals(digest, key.Digest)
            ? key
            : null;
    }

    private static void Hash(string secret, Span<byte> digest)
    {
        if (secret.Length <= StackEncodedChars)
        {
            Span<byte> encoded = stackalloc byte[Encoding.UTF8.GetMaxByteCount(StackEncodedChars)];
            var length = Encoding.UTF8.GetBytes(secret, encoded);
            SHA256.HashData(encoded[..length], digest);
            return;
        }

        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(secret.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(secret, rented);
            SHA256.HashData(rented.AsSpan(0, length), digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>A SHA-256 digest as four words, so a dictionary can hash and compare it without a string or an array.</summary>
    [StructLayout(LayoutKind.Auto)]
    private readonly record struct Digest(ulong A, ulong B, ulong C, ulong D)
    {
        public Digest(ReadOnlySpan<byte> bytes)
            : this(
                BitConverter.ToUInt64(bytes[..8]),
                BitConverter.ToUInt64(bytes[8..16]),
                BitConverter.ToUInt64(bytes[16..24]),
                BitConverter.ToUInt64(bytes[24..32]))
        {
        }
    }
}
