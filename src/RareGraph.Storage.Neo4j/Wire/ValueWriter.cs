using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace RareGraph.Storage.Neo4j.Wire;

/// <summary>
/// Encodes parameters as typed JSON (<c>{"$type": …, "_value": …}</c>) so that a <see cref="DateOnly"/> becomes a
/// Cypher DATE, a <see cref="double"/> stays a FLOAT even when whole, and a <see cref="long"/> keeps all 64 bits.
/// </summary>
/// <remarks>Neo4j Query API manual, "Result formats: typed JSON" (the same format is accepted for parameters).</remarks>
internal static class ValueWriter
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                WriteTyped(writer, "Null", w => w.WriteNullValue());
                break;
            case string text:
                WriteTyped(writer, "String", w => w.WriteStringValue(text));
                break;
            case bool flag:
                WriteTyped(writer, "Boolean", w => w.WriteBooleanValue(flag));
                break;
            case int or long or short or byte:
                WriteTyped(writer, "Integer", w => w.WriteStringValue(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)));
                break;
            case double or float or decimal:
                WriteTyped(writer, "Float", w => w.WriteStringValue(FormatFloat(Convert.ToDouble(value, CultureInfo.InvariantCulture))));
                break;
            case DateOnly date:
                WriteTyped(writer, "Date", w => w.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                break;
            case DateTimeOffset moment:
                WriteTyped(writer, "OffsetDateTime", w => w.WriteStringValue(moment.ToString("O", CultureInfo.InvariantCulture)));
                break;
            case byte[] bytes:
                WriteTyped(writer, "Base64", w => w.WriteStringValue(Convert.ToBase64String(bytes)));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteTyped(writer, "Map", w => WriteMap(w, map));
                break;
            case IEnumerable list:
                WriteTyped(writer, "List", w =>
                {
                    w.WriteStartArray();
                    foreach (var item in list)
                    {
                        Write(w, item);
                    }

                    w.WriteEndArray();
                });
                break;
            default:
                throw new ArgumentException($"No Cypher parameter encoding for {value.GetType().Name}.", nameof(value));
        }
    }

    public static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map)
    {
        writer.WriteStartObject();
        foreach (var (name, item) in map)
        {
            writer.WritePropertyName(name);
            Write(writer, item);
        }

        writer.WriteEndObject();
    }

    private static string FormatFloat(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static void WriteTyped(Utf8JsonWriter writer, string type, Action<Utf8JsonWriter> writeValue)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WritePropertyName("_value");
        writeValue(writer);
        writer.WriteEndObject();
    }
}
