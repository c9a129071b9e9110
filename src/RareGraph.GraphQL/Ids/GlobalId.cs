using System.Buffers;
using System.Buffers.Text;
using System.Text;
using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Ids;

/// <summary>
/// Relay global ids: opaque to clients, but derived only from what the API already shows (label and key), so they are
/// stable across stores and restores. A relationship's id is derived from its identity (from, type, to).
/// </summary>
public static class GlobalId
{
    private const string RelationshipTypeName = "Relationship";

    private static readonly SearchValues<char> IdAlphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public static string ForEntity(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Encode($"{entity.Label}:{entity.Key}");
    }

    public static string ForRelationship(RelationshipKey key) =>
        Encode($"{RelationshipTypeName}:{key.FromKey}|{key.Type}|{key.ToKey}");

    /// <summary>Decodes an id; false for anything that is not an id this API issued.</summary>
    public static bool TryDecode(string id, out ParsedGlobalId parsed)
    {
        parsed = default;
        if (TextOf(id) is not { } text)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var typeName = text[..colon];
        var rest = text[(colon + 1)..];
        if (string.Equals(typeName, RelationshipTypeName, StringComparison.Ordinal))
        {
            var parts = rest.Split('|');
            if (parts.Length == 3 && Enum.TryParse<RelationshipType>(parts[1], out var type) && Enum.IsDefined(type)
                && parts[0].Length > 0 && parts[2].Length > 0)
            {
                parsed = new ParsedGlobalId(null, null, new RelationshipKey(parts[0], type, parts[2]));
                return true;
            }

            return false;
        }

        if (Enum.TryParse<EntityLabel>(typeName, out var label) && Enum.IsDefined(label) && rest.Length > 0)
        {
            parsed = new ParsedGlobalId(label, rest, null);
            return true;
        }

        return false;
    }

    /// <summary>The UTF-8 text inside an id; null for anything that is not strict unpadded base64url of UTF-8.</summary>
    private static string? TextOf(string id)
    {
        // Ids are issued unpadded in the URL-safe alphabet: anything else ("====", "a=b", an id with "==" appended) is
        // refused here, before the decoder, which throws on some malformed input instead of answering false.
        if (string.IsNullOrEmpty(id) || id.Length > 1024 || id.Length % 4 == 1 || id.AsSpan().ContainsAnyExcept(IdAlphabet))
        {
            return null;
        }

        var buffer = new byte[Base64Url.GetMaxDecodedLength(id.Length)];
        try
        {
            return Base64Url.TryDecodeFromChars(id, buffer, out var written)
                ? new UTF8Encoding(false, true).GetString(buffer, 0, written)
                : null;
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            // FormatException found by the schema fuzzer: "-1" and "-0" (bits past the end) throw rather than answer false.
            return null;
        }
    }

    private static string Encode(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
}
