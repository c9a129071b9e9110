using System.Globalization;
using System.Text.Json;

namespace RareGraph.Storage.Neo4j.Wire;

/// <summary>
/// Decodes result values in either of the Query API's formats into .NET values: null, bool, long, double, string,
/// byte[], <see cref="DateOnly"/>, <see cref="DateTimeOffset"/>, <see cref="DateTime"/>, lists, maps,
/// <see cref="Neo4jNode"/> and <see cref="Neo4jRelationship"/>. Other temporal and spatial values stay strings.
/// </summary>
/// <remarks>
/// Formats from Neo4j's Query API manual, "Result formats: typed JSON" and "plain JSON". Typed integers and floats
/// arrive as strings so that 64-bit integers survive JavaScript-style parsers.
/// </remarks>
internal static class ValueReader
{
    public static object? ReadTyped(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("$type", out var typeElement))
        {
            throw new FormatException("A typed JSON value must be an object with '$type' and '_value'.");
        }

        var value = element.GetProperty("_value");
        return typeElement.GetString() switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            "Float" => ParseFloat(value.GetString()!),
            "String" => value.GetString(),
            "Base64" => Convert.FromBase64String(value.GetString()!),
            "List" => value.EnumerateArray().Select(ReadTyped).ToList(),
            "Map" => ReadMap(value, ReadTyped),
            "Date" => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            "OffsetDateTime" => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            "LocalDateTime" => DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            "Node" => ReadNode(value, "_element_id", "_labels", "_properties", ReadTyped),
            "Relationship" => ReadRelationship(
                value, "_element_id", "_start_node_element_id", "_end_node_element_id", "_type", "_properties", ReadTyped),
            "Path" => value.EnumerateArray().Select(ReadTyped).ToList(),
            _ => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
        };
    }

    public static object? ReadPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? (object)integer : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(ReadPlain).ToList(),
        _ when IsPlainRelationship(element) => ReadRelationship(
            element, "elementId", "startNodeElementId", "endNodeElementId", "type", "properties", ReadPlain),
        _ when element.TryGetProperty("elementId", out _) && element.TryGetProperty("labels", out _) =>
            ReadNode(element, "elementId", "labels", "properties", ReadPlain),
        _ => ReadMap(element, ReadPlain),
    };

    private static bool IsPlainRelationship(JsonElement element) =>
        element.TryGetProperty("elementId", out _) && element.TryGetProperty("startNodeElementId", out _);

    private static double ParseFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, object?> ReadMap(JsonElement element, Func<JsonElement, object?> read)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = read(property.Value);
        }

        return map;
    }

    private static Neo4jNode ReadNode(
        JsonElement element, string idName, string labelsName, string propertiesName, Func<JsonElement, object?> read) =>
        new(
            element.GetProperty(idName).GetString()!,
            [.. element.GetProperty(labelsName).EnumerateArray().Select(l => l.GetString()!)],
            ReadMap(element.GetProperty(propertiesName), read));

    private static Neo4jRelationship ReadRelationship(
        JsonElement element,
        string idName,
        string startName,
        string endName,
        string typeName,
        string propertiesName,
        Func<JsonElement, object?> read) =>
        new(
            element.GetProperty(idName).GetString()!,
            element.GetProperty(startName).GetString()!,
            element.GetProperty(endName).GetString()!,
            element.GetProperty(typeName).GetString()!,
            ReadMap(element.GetProperty(propertiesName), read));
}
