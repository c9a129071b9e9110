using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using RareGraph.Interchange.Formats;

namespace RareGraph.Interchange.Import;

/// <summary>
/// Reads Cytoscape.js JSON (<c>{"elements":{"nodes":[{"data":…}],"edges":[…]}}</c>, or <c>elements</c> as one array
/// with <c>group</c>): a node's key is its <c>name</c> when present, else its <c>id</c>; edges' <c>source</c>/<c>target</c>
/// refer to node ids, their type is <c>relationship</c> or else Cytoscape's <c>interaction</c>.
/// </summary>
/// <remarks>
/// The document is parsed whole (System.Text.Json's DOM over the spooled file, not the request): Cytoscape files are
/// the small ones; GraphML and CSV stream.
/// </remarks>
public sealed class CytoscapeJsonSource(string path) : IImportSource
{
    private readonly Dictionary<string, string> _idToKey = new(StringComparer.Ordinal);

    public string Format => "cyjs";

    public async IAsyncEnumerable<ImportRow> ReadNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var document = await LoadAsync(cancellationToken);
        var index = 0;
        foreach (var data in Elements(document.RootElement, "nodes"))
        {
            var values = Values(data);
            var id = values.GetValueOrDefault("id", string.Empty);
            var key = values.TryGetValue(Attributes.Name, out var name) && name.Length > 0 ? name : id;
            values[ImportRow.Key] = key;
            _idToKey[id] = key;
            yield return new ImportRow(string.Create(CultureInfo.InvariantCulture, $"nodes[{index++}] '{id}'"), values);
        }
    }

    public async IAsyncEnumerable<ImportRow> ReadEdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var document = await LoadAsync(cancellationToken);
        var index = 0;
        foreach (var data in Elements(document.RootElement, "edges"))
        {
            var values = Values(data);
            var source = values.GetValueOrDefault("source", string.Empty);
            var target = values.GetValueOrDefault("target", string.Empty);
            values[ImportRow.From] = _idToKey.GetValueOrDefault(source, source);
            values[ImportRow.To] = _idToKey.GetValueOrDefault(target, target);
            if (!values.ContainsKey(Attributes.Relationship) && values.TryGetValue("interaction", out var interaction))
            {
                values[Attributes.Relationship] = interaction;
            }

            yield return new ImportRow(string.Create(CultureInfo.InvariantCulture, $"edges[{index++}] '{values.GetValueOrDefault("id")}'"), values);
        }
    }

    private async Task<JsonDocument> LoadAsync(CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonDocument.ParseAsync(stream, new JsonDocumentOptions { MaxDepth = 64 }, cancellationToken);
        }
        catch (JsonException bad)
        {
            throw Domain.Errors.RareGraphException.Validation("file", $"The file is not valid JSON (line {bad.LineNumber + 1}).");
        }
    }

    private static IEnumerable<JsonElement> Elements(JsonElement root, string group)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("elements", out var elements))
        {
            throw Domain.Errors.RareGraphException.Validation("elements", "A Cytoscape file has an `elements` object with `nodes` and `edges`.");
        }

        if (elements.ValueKind == JsonValueKind.Object)
        {
            return elements.TryGetProperty(group, out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(Data)
                : [];
        }

        var wantEdges = string.Equals(group, "edges", StringComparison.Ordinal);
        return elements.ValueKind == JsonValueKind.Array
            ? elements.EnumerateArray()
                .Where(e => e.TryGetProperty("group", out var g) ? g.ValueEquals(group) : e.TryGetProperty("data", out var d) && d.TryGetProperty("source", out _) == wantEdges)
                .Select(Data)
            : [];
    }

    private static JsonElement Data(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("data", out var data) ? data : default;

    private static Dictionary<string, string> Values(JsonElement data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (data.ValueKind != JsonValueKind.Object)
        {
            return values;
        }

        foreach (var property in data.EnumerateObject())
        {
            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString()!,
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                _ => string.Empty,
            };
        }

        return values;
    }
}
