using System.Xml;
using RareGraph.Interchange.Export;

namespace RareGraph.Interchange.Formats;

/// <summary>
/// GraphML (graphml.graphdrawing.org), as Gephi, yEd, Cytoscape, networkx and igraph read it: every attribute declared as
/// a <c>&lt;key&gt;</c> whose id differs from its name (<c>n_label</c> for <c>label</c>: some readers confuse the two),
/// with the right <c>for=</c> and <c>attr.type</c>; the key as node id and again as the <c>name</c> attribute, which
/// igraph keeps when it renumbers ids; one directed edge per relationship with a unique id.
/// </summary>
public sealed class GraphMlFormat : IExportFormat
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public string MediaType => "application/graphml+xml";

    public static string KeyId(string target, string name) => $"{target[0]}_{name}";

    public async Task WriteAsync(ExportDocument document, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        await using var xml = XmlWriter.Create(output, new XmlWriterSettings { Async = true, Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", Namespace);
        await xml.WriteAttributeStringAsync("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        await xml.WriteAttributeStringAsync("xsi", "schemaLocation", null, $"{Namespace} {Namespace}/1.0/graphml.xsd");
        await xml.WriteCommentAsync($" {document.Description} ");
        foreach (var attribute in document.NodeAttributes)
        {
            await WriteKeyAsync(xml, "node", attribute);
        }

        foreach (var attribute in document.EdgeAttributes)
        {
            await WriteKeyAsync(xml, "edge", attribute);
        }

        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, "raregraph");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
        var written = 0;
        await foreach (var node in document.Nodes.WithCancellation(cancellationToken))
        {
            await xml.WriteStartElementAsync(null, "node", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, node.Id);
            await WriteDataAsync(xml, "node", document.NodeAttributes, node.Values);
            await xml.WriteEndElementAsync();
            await FlushSometimesAsync(xml, ++written);
        }

        await foreach (var edge in document.Edges.WithCancellation(cancellationToken))
        {
            await xml.WriteStartElementAsync(null, "edge", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, edge.Id);
            await xml.WriteAttributeStringAsync(null, "source", null, edge.Source);
            await xml.WriteAttributeStringAsync(null, "target", null, edge.Target);
            await WriteDataAsync(xml, "edge", document.EdgeAttributes, edge.Values);
            await xml.WriteEndElementAsync();
            await FlushSometimesAsync(xml, ++written);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    internal static async Task FlushSometimesAsync(XmlWriter xml, int written)
    {
        if (written % 1000 == 0)
        {
            await xml.FlushAsync();
        }
    }

    private static async Task WriteKeyAsync(XmlWriter xml, string target, InterchangeAttribute attribute)
    {
        await xml.WriteStartElementAsync(null, "key", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, KeyId(target, attribute.Name));
        await xml.WriteAttributeStringAsync(null, "for", null, target);
        await xml.WriteAttributeStringAsync(null, "attr.name", null, attribute.Name);
        await xml.WriteAttributeStringAsync(null, "attr.type", null, attribute.Kind switch
        {
            AttributeKind.Double => "double",
            AttributeKind.Integer => "int",
            AttributeKind.Boolean => "boolean",
            _ => "string",
        });
        await xml.WriteEndElementAsync();
    }

    private static async Task WriteDataAsync(XmlWriter xml, string target, IReadOnlyList<InterchangeAttribute> attributes, IReadOnlyDictionary<string, object> values)
    {
        foreach (var attribute in attributes)
        {
            if (values.TryGetValue(attribute.Name, out var value))
            {
                await xml.WriteStartElementAsync(null, "data", Namespace);
                await xml.WriteAttributeStringAsync(null, "key", null, KeyId(target, attribute.Name));
                await xml.WriteStringAsync(ValueText.Of(value));
                await xml.WriteEndElementAsync();
            }
        }
    }
}
