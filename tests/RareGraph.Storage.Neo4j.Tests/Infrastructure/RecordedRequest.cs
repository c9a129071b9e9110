using System.Text.Json;

namespace RareGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>What the fake server received: enough to assert on paths, headers and the JSON body.</summary>
internal sealed record RecordedRequest(HttpMethod Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Statement => BodyProperty("statement")?.GetString();

    public JsonElement? BodyProperty(string name)
    {
        if (string.IsNullOrEmpty(Body))
        {
            return null;
        }

        using var document = JsonDocument.Parse(Body);
        return document.RootElement.TryGetProperty(name, out var value) ? value.Clone() : null;
    }
}
