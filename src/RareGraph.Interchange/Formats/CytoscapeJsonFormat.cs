using System.Text.Json;
using RareGraph.Interchange.Export;

namespace RareGraph.Interchange.Formats;

/// <summary>
/// Cytoscape.js JSON (<c>cy.json()</c> / <c>cytoscape({ elements })</c>, also read by Cytoscape desktop):
/// <c>{"elements":{"nodes":[{"data":{…}}],"edges":[{"data":{…}}]}}</c>, every id a string, edges with <c>source</c>,
/// <c>target</c> and <c>interaction</c> (the relationship type, Cytoscape desktop's edge column).
/// </summary>
public sealed class CytoscapeJsonFormat : IExportFormat
{
    public string MediaType => "application/json";

    public async Task WriteAsync(ExportDocument document, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        await using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("format_version", "1.0");
        json.WriteString("generated_by", "RareGraph");
        json.WriteString("target_cytoscapejs_version", "~3");
        json.WriteStartObject("data");
        json.WriteString("name", document.Description);
        json.WriteEndObject();
        json.WriteStartObject("elements");
        json.WriteStartArray("nodes");
        var written = 0;
        await foreach (var node in document.Nodes.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", node.Id);
            WriteValues(json, node.Values);
            json.WriteEndObject();
            json.WriteEndObject();
            await FlushSometimesAsync(json, ++written, cancellationToken);
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        await foreach (var edge in document.Edges.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", edge.Id);
            json.WriteString("source", edge.Source);
            json.WriteString("target", edge.Target);
            json.WriteString("interaction", edge.Label);
            WriteValues(json, edge.Values);
            json.WriteEndObject();
            json.WriteEndObject();
            await FlushSometimesAsync(json, ++written, cancellationToken);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static async Task FlushSometimesAsync(Utf8JsonWriter json, int written, CancellationToken cancellationToken)
    {
        if (written % 1000 == 0)
        {
            await json.FlushAsync(cancellationToken);
        }
    }

    private static void WriteValues(Utf8JsonWriter json, IReadOnlyDictionary<string, object> values)
    {
        foreach (var (name, value) in values)
        {
            switch (value)
            {
                case double number:
                    json.WriteNumber(name, number);
                    break;
                case int number:
                    json.WriteNumber(name, number);
                    break;
                case bool flag:
                    json.WriteBoolean(name, flag);
                    break;
                default:
                    json.WriteString(name, ValueText.Of(value));
                    break;
            }
        }
    }
}
