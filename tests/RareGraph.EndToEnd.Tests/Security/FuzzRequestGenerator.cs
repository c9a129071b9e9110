using System.Text;

namespace RareGraph.EndToEnd.Tests.Security;

/// <summary>
/// Makes malformed and random GraphQL requests from a seed: valid operations mutated character by character, broken
/// JSON, wrong types for every request member, random bytes, odd methods, media types, paths and credentials.
/// </summary>
internal sealed class FuzzRequestGenerator(Random random)
{
    private static readonly string[] Corpus =
    [
        "{ __typename }",
        "{ organisations(first: 5) { totalCount nodes { key name kind } pageInfo { endCursor } } }",
        "{ defenders(first: 3) { nodes { displayName legalName riskLevel } } }",
        "{ threats(where: { category: { eq: LEGISLATION } }, order: [{ field: OCCURRED_ON, direction: DESC }]) { nodes { key } } }",
        "query($k: String!) { entity(key: $k) { key name } }",
        "{ node(id: \"T3JnYW5pc2F0aW9uOm9yZzp4\") { id } }",
        "{ impact(threatKey: \"threat:2023-hu-sovereignty-protection-act\") { at } }",
        "mutation { deleteEntity(key: \"HU\") { changed } }",
        "subscription { threatRecorded { threatKey } }",
        "{ ...F } fragment F on Query { __typename }",
        "{ __schema { types { name fields { name } } } }",
    ];

    private static readonly string[] Methods = ["GET", "GET", "POST", "POST", "POST", "POST", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"];
    private static readonly string?[] ContentTypes = ["application/json", "application/json", "application/json; charset=utf-8", "application/json; charset=latin1", "text/plain", "application/graphql", "multipart/form-data; boundary=x", null, "application/x-www-form-urlencoded", "application/json; charset="];
    private static readonly string?[] Accepts = ["application/graphql-response+json", "application/json", "*/*", "text/html", "application/xml", null, "application/json;q=0", "garbage/,,;q=x"];
    private static readonly string?[] Keys = [.. Enumerable.Repeat<string?>(null, 20), "rg_not-a-real-key", "", "Bearer x.y.z", new string('k', 5_000)];
    private static readonly string[] Paths = ["/graphql", "/graphql", "/graphql", "/graphql/", "/GraphQL", "/graphql?query=", "/health/ready", "/nope"];
    private const string Noise = "{}[]()\":,!$@#.\\\u0000\u00e9\u20ac\ud83d\ude00 \n\tqueryfragmenton...{{}}";

    public FuzzRequest Next()
    {
        var method = new HttpMethod(Pick(Methods));
        var path = Pick(Paths);
        if (method == HttpMethod.Get && path == "/graphql")
        {
            path += "?query=" + Uri.EscapeDataString(Mutate(Pick(Corpus))) + (random.Next(3) == 0 ? "&variables=" + Uri.EscapeDataString(RandomJson(3)) : "");
        }

        var body = method == HttpMethod.Get || method == HttpMethod.Head ? null : Body();
        return new FuzzRequest(method, path, Pick(ContentTypes), Pick(Accepts), Pick(Keys), body);
    }

    private byte[] Body() => random.Next(10) switch
    {
        0 => RandomBytes(),
        1 => Encoding.UTF8.GetBytes(Truncate(Envelope())),
        2 => Encoding.UTF8.GetBytes($"{{\"query\":{RandomJson(2)},\"variables\":{RandomJson(3)},\"operationName\":{RandomJson(1)}}}"),
        3 => Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat(Envelope(), random.Next(1, 50))) + "]"),
        4 => Encoding.UTF8.GetBytes($"{{\"query\":\"{{ __typename }}\",\"extensions\":{RandomJson(4)}}}"),
        _ => Encoding.UTF8.GetBytes(Envelope()),
    };

    private string Envelope()
    {
        var query = System.Text.Json.JsonSerializer.Serialize(Mutate(Pick(Corpus)));
        var variables = random.Next(3) == 0 ? RandomJson(3) : "{\"k\":\"HU\"}";
        return $"{{\"query\":{query},\"variables\":{variables}}}";
    }

    private string Mutate(string text)
    {
        var builder = new StringBuilder(text);
        for (var edits = random.Next(0, 6); edits > 0 && builder.Length > 0; edits--)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                    builder.Remove(at, 1);
                    break;
                case 1:
                    builder.Insert(at, Noise[random.Next(Noise.Length)]);
                    break;
                case 2:
                    builder[at] = Noise[random.Next(Noise.Length)];
                    break;
                default:
                    builder.Insert(at, builder.ToString(at, Math.Min(20, builder.Length - at)));
                    break;
            }
        }

        return builder.ToString();
    }

    private string RandomJson(int depth) => random.Next(depth <= 0 ? 5 : 8) switch
    {
        0 => "null",
        1 => random.Next(2) == 0 ? "true" : "false",
        2 => (random.NextDouble() * 1e12 - 5e11).ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        3 => System.Text.Json.JsonSerializer.Serialize(Mutate(Pick(Corpus))),
        4 => "\"\"",
        5 => "[" + string.Join(",", Enumerable.Range(0, random.Next(5)).Select(_ => RandomJson(depth - 1))) + "]",
        _ => "{" + string.Join(",", Enumerable.Range(0, random.Next(5)).Select(i => $"\"k{i}\":{RandomJson(depth - 1)}")) + "}",
    };

    private string Truncate(string text) => text[..random.Next(text.Length)];

    private byte[] RandomBytes()
    {
        var bytes = new byte[random.Next(1, 2_000)];
        random.NextBytes(bytes);
        return bytes;
    }

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
