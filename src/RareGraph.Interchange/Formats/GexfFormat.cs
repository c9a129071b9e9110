using System.Globalization;
using System.Xml;
using RareGraph.Interchange.Export;

namespace RareGraph.Interchange.Formats;

/// <summary>
/// GEXF 1.3 (gexf.net), Gephi's own format, dynamic: <c>mode="dynamic" timeformat="date"</c> and inclusive
/// <c>start</c>/<c>end</c> on every node and edge that has a validity (an open bound is left out), intervals only, never
/// mixed with timestamps, so Gephi's timeline replays the network's history.
/// </summary>
/// <remarks>
/// The label and the weight are GEXF's own attributes of nodes and edges, so they are not declared again as columns.
/// </remarks>
public sealed class GexfFormat(TimeProvider time) : IExportFormat
{
    public const string Namespace = "http://gexf.net/1.3";

    private static readonly HashSet<string> Native = new(StringComparer.Ordinal) { Attributes.Label, Attributes.Weight };

    public string MediaType => "application/gexf+xml";

    public async Task WriteAsync(ExportDocument document, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var nodeColumns = document.NodeAttributes.Where(a => !Native.Contains(a.Name)).ToList();
        var edgeColumns = document.EdgeAttributes.Where(a => !Native.Contains(a.Name)).ToList();
        await using var xml = XmlWriter.Create(output, new XmlWriterSettings { Async = true, Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        await WriteHeaderAsync(xml, document.Description, nodeColumns, edgeColumns);
        var written = 0;
        await xml.WriteStartElementAsync(null, "nodes", Namespace);
        await foreach (var node in document.Nodes.WithCancellation(cancellationToken))
        {
            await xml.WriteStartElementAsync(null, "node", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, node.Id);
            await xml.WriteAttributeStringAsync(null, "label", null, node.Label);
            await WriteSpellAsync(xml, node.Start, node.End);
            await WriteValuesAsync(xml, "node", nodeColumns, node.Values);
            await xml.WriteEndElementAsync();
            await GraphMlFormat.FlushSometimesAsync(xml, ++written);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync(null, "edges", Namespace);
        await foreach (var edge in document.Edges.WithCancellation(cancellationToken))
        {
            await xml.WriteStartElementAsync(null, "edge", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, edge.Id);
            await xml.WriteAttributeStringAsync(null, "source", null, edge.Source);
            await xml.WriteAttributeStringAsync(null, "target", null, edge.Target);
            await xml.WriteAttributeStringAsync(null, "label", null, edge.Label);
            await xml.WriteAttributeStringAsync(null, "weight", null, ValueText.Of(edge.Weight));
            await WriteSpellAsync(xml, edge.Start, edge.End);
            await WriteValuesAsync(xml, "edge", edgeColumns, edge.Values);
            await xml.WriteEndElementAsync();
            await GraphMlFormat.FlushSometimesAsync(xml, ++written);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private async Task WriteHeaderAsync(XmlWriter xml, string description, List<InterchangeAttribute> nodeColumns, List<InterchangeAttribute> edgeColumns)
    {
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "gexf", Namespace);
        await xml.WriteAttributeStringAsync("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        await xml.WriteAttributeStringAsync("xsi", "schemaLocation", null, $"{Namespace} {Namespace}/gexf.xsd");
        await xml.WriteAttributeStringAsync(null, "version", null, "1.3");
        await xml.WriteStartElementAsync(null, "meta", Namespace);
        await xml.WriteAttributeStringAsync(null, "lastmodifieddate", null, time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await xml.WriteElementStringAsync(null, "creator", Namespace, "RareGraph");
        await xml.WriteElementStringAsync(null, "description", Namespace, description);
        await xml.WriteEndElementAsync();

        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "mode", null, "dynamic");
        await xml.WriteAttributeStringAsync(null, "defaultedgetype", null, "directed");
        await xml.WriteAttributeStringAsync(null, "timeformat", null, "date");
        await WriteColumnsAsync(xml, "node", nodeColumns);
        await WriteColumnsAsync(xml, "edge", edgeColumns);
    }

    private static async Task WriteColumnsAsync(XmlWriter xml, string target, List<InterchangeAttribute> columns)
    {
        await xml.WriteStartElementAsync(null, "attributes", Namespace);
        await xml.WriteAttributeStringAsync(null, "class", null, target);
        await xml.WriteAttributeStringAsync(null, "mode", null, "static");
        for (var i = 0; i < columns.Count; i++)
        {
            await xml.WriteStartElementAsync(null, "attribute", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, ColumnId(target, i));
            await xml.WriteAttributeStringAsync(null, "title", null, columns[i].Name);
            await xml.WriteAttributeStringAsync(null, "type", null, columns[i].Kind switch
            {
                AttributeKind.Double => "double",
                AttributeKind.Integer => "integer",
                AttributeKind.Boolean => "boolean",
                _ => "string",
            });
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
    }

    private static string ColumnId(string target, int index) => $"{target[0]}{index.ToString(CultureInfo.InvariantCulture)}";

    private static async Task WriteSpellAsync(XmlWriter xml, DateOnly? start, DateOnly? end)
    {
        if (start is { } from)
        {
            await xml.WriteAttributeStringAsync(null, "start", null, NodeValues.Date(from));
        }

        if (end is { } to)
        {
            await xml.WriteAttributeStringAsync(null, "end", null, NodeValues.Date(to));
        }
    }

    private static async Task WriteValuesAsync(XmlWriter xml, string target, List<InterchangeAttribute> columns, IReadOnlyDictionary<string, object> values)
    {
        var opened = false;
        for (var i = 0; i < columns.Count; i++)
        {
            if (!values.TryGetValue(columns[i].Name, out var value))
            {
                continue;
            }

            if (!opened)
            {
                await xml.WriteStartElementAsync(null, "attvalues", Namespace);
                opened = true;
            }

            await xml.WriteStartElementAsync(null, "attvalue", Namespace);
            await xml.WriteAttributeStringAsync(null, "for", null, ColumnId(target, i));
            await xml.WriteAttributeStringAsync(null, "value", null, ValueText.Of(value));
            await xml.WriteEndElementAsync();
        }

        if (opened)
        {
            await xml.WriteEndElementAsync();
        }
    }
}
