using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace RareGraph.GraphQL.Paging;

/// <summary>
/// Seals cursors: authenticated encryption (AES-256-GCM) of a cursor's position under a server key, with the
/// connection the cursor belongs to as associated data. A client can neither read a cursor (a position may hold a
/// restricted value, such as a defender's risk level) nor make or alter one, and a cursor presented to another
/// connection, order or filter fails to open.
/// </summary>
/// <remarks>
/// The nonce is synthetic, as in SIV mode (RFC 5297, "Synthetic Initialization Vector"): an HMAC-SHA-256 of the binding
/// and the position under a second key derived from the same secret. A nonce therefore repeats only for the very same
/// position of the very same connection, whose cursor is then identical anyway, so no nonce is ever reused for two
/// different plaintexts however many cursors a long-lived key seals. Both keys come from the configured secret through
/// HKDF (RFC 5869). Layout: version (1 byte) · nonce (12) · ciphertext · tag (16), base64url.
/// </remarks>
public sealed class CursorSeal
{
    /// <summary>The length of the configured secret: 32 random bytes.</summary>
    public const int KeyBytes = 32;

    private const byte Version = 1;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private const int MaxCursorChars = 4096;

    private readonly byte[] _encryptionKey;
    private readonly byte[] _nonceKey;

    public CursorSeal(ReadOnlySpan<byte> secret)
    {
        if (secret.Length != KeyBytes)
        {
            throw new ArgumentException($"A cursor key is {KeyBytes} bytes.", nameof(secret));
        }

        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret.ToArray(), KeyBytes, info: Encoding.ASCII.GetBytes("raregraph cursor encryption v1"));
        _nonceKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret.ToArray(), KeyBytes, info: Encoding.ASCII.GetBytes("raregraph cursor nonce v1"));
    }

    /// <summary>A seal with a key of its own, valid for this process only (Development, tests).</summary>
    public static CursorSeal Ephemeral() => new(RandomNumberGenerator.GetBytes(KeyBytes));

    /// <summary>The key configured as base64 text, or null when it is not 32 bytes of base64.</summary>
    public static CursorSeal? FromBase64(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var bytes = new byte[KeyBytes + 3];
        return Convert.TryFromBase64String(text.Trim(), bytes, out var written) && written == KeyBytes ? new CursorSeal(bytes.AsSpan(0, KeyBytes)) : null;
    }

    public string Seal(ReadOnlySpan<byte> position, ReadOnlySpan<byte> binding)
    {
        var sealedBytes = new byte[1 + NonceBytes + position.Length + TagBytes];
        sealedBytes[0] = Version;
        var nonce = sealedBytes.AsSpan(1, NonceBytes);
        SyntheticNonce(position, binding, nonce);
        using var aes = new AesGcm(_encryptionKey, TagBytes);
        aes.Encrypt(
            nonce,
            position,
            sealedBytes.AsSpan(1 + NonceBytes, position.Length),
            sealedBytes.AsSpan(1 + NonceBytes + position.Length, TagBytes),
            binding);
        return Base64Url.EncodeToString(sealedBytes);
    }

    /// <summary>The position sealed in <paramref name="cursor"/> for <paramref name="binding"/>, or null when it is not one.</summary>
    public byte[]? Open(string cursor, ReadOnlySpan<byte> binding)
    {
        if (cursor.Length is 0 or > MaxCursorChars || !Base64Url.IsValid(cursor))
        {
            return null;
        }

        var sealedBytes = Base64Url.DecodeFromChars(cursor);
        if (sealedBytes.Length < 1 + NonceBytes + TagBytes || sealedBytes[0] != Version)
        {
            return null;
        }

        var length = sealedBytes.Length - 1 - NonceBytes - TagBytes;
        var position = new byte[length];
        try
        {
            using var aes = new AesGcm(_encryptionKey, TagBytes);
            aes.Decrypt(
                sealedBytes.AsSpan(1, NonceBytes),
                sealedBytes.AsSpan(1 + NonceBytes, length),
                sealedBytes.AsSpan(1 + NonceBytes + length, TagBytes),
                position,
                binding);
            return position;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }

    private void SyntheticNonce(ReadOnlySpan<byte> position, ReadOnlySpan<byte> binding, Span<byte> nonce)
    {
        using var mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _nonceKey);
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, binding.Length);
        mac.AppendData(length);
        mac.AppendData(binding);
        mac.AppendData(position);
        Span<byte> digest = stackalloc byte[32];
        mac.GetHashAndReset(digest);
        digest[..NonceBytes].CopyTo(nonce);
    }
}
