using System.Buffers.Text;
using System.Text.Json;
using RareGraph.Domain.Errors;

namespace RareGraph.GraphQL.Paging;

/// <summary>
/// Cursors are opaque to clients: base64url of a small JSON array of the position's values. A tampered or foreign
/// cursor is a VALIDATION error naming the argument, never a crash.
/// </summary>
internal static class CursorCodec
{
    public static string Encode(IReadOnlyList<object> values)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(values.Select(ToJsonValue).ToArray());
        return Base64Url.EncodeToString(json);
    }

    public static JsonElement[] Decode(string cursor, string argument, int expectedLength)
    {
        try
        {
            if (cursor.Length > 4096)
            {
                throw new FormatException();
            }

            var bytes = Base64Url.DecodeFromChars(cursor);
            var values = JsonSerializer.Deserialize<JsonElement[]>(bytes);
            if (values is null || values.Length != expectedLength)
            {
                throw new FormatException();
            }

            return values;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw RareGraphException.Validation(argument, $"'{argument}' is not a cursor issued by this connection with this order.");
        }
    }

    private static object ToJsonValue(object value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };
}
