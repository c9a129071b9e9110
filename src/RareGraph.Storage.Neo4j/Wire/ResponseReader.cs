using System.Text.Json;

namespace RareGraph.Storage.Neo4j.Wire;

/// <summary>Decodes a Query API response body, typed or plain.</summary>
/// <remarks>
/// Neo4j Query API manual, "Run queries" and "Result formats". An error raised after rows started streaming still
/// comes with status 202, <c>data</c> and then <c>errors</c>, so <c>errors</c> is read whatever the status was.
/// Very early 5.x servers wrote <c>values</c> as one flat array; it is cut into rows of <c>fields.length</c>.
/// </remarks>
internal static class ResponseReader
{
    public static QueryResponse Read(string body, bool typed)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return QueryResponse.Empty;
        }

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("A Query API response must be a JSON object.");
        }

        Func<JsonElement, object?> readValue = typed ? ValueReader.ReadTyped : ValueReader.ReadPlain;
        var fields = new List<string>();
        var rows = new List<IReadOnlyList<object?>>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var fieldsElement))
            {
                fields.AddRange(fieldsElement.EnumerateArray().Select(f => f.GetString()!));
            }

            if (data.TryGetProperty("values", out var values))
            {
                ReadRows(values, fields.Count, readValue, rows);
            }
        }

        return new QueryResponse(
            fields,
            rows,
            ReadErrors(root),
            ReadStrings(root, "bookmarks"),
            ReadNotificationCodes(root),
            root.TryGetProperty("transaction", out var transaction) && transaction.ValueKind == JsonValueKind.Object
                ? transaction.GetProperty("id").GetString()
                : null);
    }

    private static void ReadRows(
        JsonElement values, int fieldCount, Func<JsonElement, object?> readValue, List<IReadOnlyList<object?>> rows)
    {
        var items = values.EnumerateArray().ToList();
        if (items.Count == 0)
        {
            return;
        }

        if (items[0].ValueKind == JsonValueKind.Array)
        {
            rows.AddRange(items.Select(row => (IReadOnlyList<object?>)[.. row.EnumerateArray().Select(readValue)]));
            return;
        }

        var width = Math.Max(fieldCount, 1);
        for (var start = 0; start < items.Count; start += width)
        {
            rows.Add([.. items.Skip(start).Take(width).Select(readValue)]);
        }
    }

    private static List<Neo4jServerError> ReadErrors(JsonElement root)
    {
        if (!root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return
        [
            .. errors.EnumerateArray().Select(e => new Neo4jServerError(
                e.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "",
                e.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "")),
        ];
    }

    private static List<string> ReadNotificationCodes(JsonElement root)
    {
        if (!root.TryGetProperty("notifications", out var notifications) || notifications.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return
        [
            .. notifications.EnumerateArray()
                .Select(n => n.TryGetProperty("code", out var code) ? code.GetString() : null)
                .OfType<string>(),
        ];
    }

    private static List<string> ReadStrings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Select(b => b.GetString()).OfType<string>()]
            : [];
}
