using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RareGraph.GraphQL.Tests.Fuzzing;

/// <summary>
/// Random, boundary and hostile values for arguments: keys and ids that exist and that are malformed, cursors, dates
/// that do not exist, integers and floats at their limits, unicode, long and huge values.
/// </summary>
internal sealed class FuzzValues(Random random, IReadOnlyList<string> keys, IReadOnlyList<string> ids)
{
    private static readonly string[] HostileStrings =
    [
        "", " ", "====", "a=b", "\\", "\"", "'; DROP TABLE entities; --", "MATCH (n) DETACH DELETE n", "${jndi:ldap://x}",
        "<script>alert(1)</script>", "\u0000", "\u202e", "日本語", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "😀", "Ökotárs", "null", "NaN", "-0", "1e308",
        "2024-02-30", "0000-00-00", "9999-12-31", "-1", "%00", "../../etc/passwd", "rg_not-a-key",
    ];

    private static readonly string[] Dates = ["2024-02-29", "2023-02-29", "0001-01-01", "9999-12-31", "2024-13-01", "2024-1-1", "20240101", "yesterday", ""];

    private static readonly string[] Floats = ["0", "-0.0", "1", "0.05", "-1", "1e308", "-1e308", "1.7976931348623157e308", "5e-324", "1e309", "0.000000001", "2", "100"];

    private static readonly string[] Ints = ["0", "1", "-1", "2", "3", "6", "15", "100", "101", "1000", "2147483647", "-2147483648", "2147483648"];

    public string Key() => random.Next(10) switch
    {
        < 6 when keys.Count > 0 => keys[random.Next(keys.Count)],
        6 => Hostile(),
        _ => "key:" + random.Next(1000).ToString(CultureInfo.InvariantCulture),
    };

    public string Id() => random.Next(10) switch
    {
        < 5 when ids.Count > 0 => ids[random.Next(ids.Count)],
        5 when ids.Count > 0 => ids[random.Next(ids.Count)] + "==",
        6 => Convert.ToBase64String(Encoding.UTF8.GetBytes(Hostile())),
        _ => Hostile(),
    };

    public string Hostile() => random.Next(12) switch
    {
        0 => new string('x', 10_000),
        1 => string.Concat(Enumerable.Range(0, 200).Select(_ => (char)random.Next(0x20, 0xD7FF))),
        _ => HostileStrings[random.Next(HostileStrings.Length)],
    };

    public string Date() => random.Next(3) == 0 ? Dates[random.Next(Dates.Length)] : new DateOnly(1990 + random.Next(40), 1 + random.Next(12), 1 + random.Next(28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string FloatLiteral() => Floats[random.Next(Floats.Length)];

    public string IntLiteral() => random.Next(3) == 0 ? Ints[random.Next(Ints.Length)] : random.Next(0, 30).ToString(CultureInfo.InvariantCulture);

    /// <summary>A JSON value for a variable: anything, of any type, to test coercion.</summary>
    public JsonNode? AnyJson() => random.Next(12) switch
    {
        0 => null,
        1 => JsonValue.Create("NaN"),
        2 => JsonValue.Create("Infinity"),
        3 => JsonValue.Create(1e308),
        4 => JsonValue.Create(-1),
        5 => JsonValue.Create(long.MaxValue),
        6 => new JsonArray(Enumerable.Range(0, random.Next(1, 2_000)).Select(_ => (JsonNode?)JsonValue.Create(Key())).ToArray()),
        7 => new JsonObject { ["a"] = new JsonObject { ["b"] = JsonValue.Create(Hostile()) } },
        8 => JsonValue.Create(true),
        9 => JsonValue.Create(Id()),
        10 => JsonValue.Create(Date()),
        _ => JsonValue.Create(Hostile()),
    };

    /// <summary>A GraphQL string literal (JSON escaping is valid GraphQL string escaping).</summary>
    public static string Quote(string text) => JsonSerializer.Serialize(text);
}
