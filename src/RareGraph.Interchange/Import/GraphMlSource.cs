using System.Globalization;
using System.Runtime.CompilerServices;
using System.Xml;
using RareGraph.Domain.Errors;
using RareGraph.Interchange.Formats;

namespace RareGraph.Interchange.Import;

/// <summary>
/// Reads a GraphML file as it streams (an <see cref="XmlReader"/>, no DTDs): the <c>&lt;key&gt;</c> declarations map
/// data to attribute names; a node's key is its <c>name</c> attribute when it has one (as our exports write and igraph
/// keeps), else its id; edges refer to node ids. Nodes and edges are read in two passes over the file.
/// </summary>
/// <remarks>
/// The reader runs synchronously over a local file: the asynchronous <see cref="XmlReader"/> pays for a state machine
/// on every node and attribute, which made parsing, not the file, the limit of a large import (about 13 MB/s).
/// </remarks>
public sealed class GraphMlSource(string path) : IImportSource
{
    private readonly Dictionary<string, string> _keyNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _idToKey = new(StringComparer.Ordinal);

    // The number of values the last row held: the next row's dictionary starts that large instead of growing from empty
    // (three or four reallocations of its arrays for every row of a large file).
    private int _lastValueCount = 8;

    public string Format => "graphml";

    public async IAsyncEnumerable<ImportRow> ReadNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        using var xml = Open();
        while (Next(xml))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.LocalName is "key")
            {
                _keyNames[xml.GetAttribute("id") ?? string.Empty] = xml.GetAttribute("attr.name") ?? xml.GetAttribute("id") ?? string.Empty;
            }
            else if (xml.LocalName is "node")
            {
                var where = Where(xml, "node", xml.GetAttribute("id"));
                var id = xml.GetAttribute("id") ?? string.Empty;
                var values = ReadData(xml);
                var key = values.TryGetValue(Attributes.Name, out var name) && name.Length > 0 ? name : id;
                values[ImportRow.Key] = key;
                if (!string.Equals(key, id, StringComparison.Ordinal))
                {
                    _idToKey[id] = key;
                }

                yield return new ImportRow(where, values);
            }
        }
    }

    public async IAsyncEnumerable<ImportRow> ReadEdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        using var xml = Open();
        while (Next(xml))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName is not "edge")
            {
                continue;
            }

            var where = Where(xml, "edge", xml.GetAttribute("id"));
            var source = xml.GetAttribute("source") ?? string.Empty;
            var target = xml.GetAttribute("target") ?? string.Empty;
            var values = ReadData(xml);
            values[ImportRow.From] = _idToKey.GetValueOrDefault(source, source);
            values[ImportRow.To] = _idToKey.GetValueOrDefault(target, target);
            yield return new ImportRow(where, values);
        }
    }

    private XmlReader Open() =>
        XmlReader.Create(
            new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 65536, FileOptions.SequentialScan),
            new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true, CloseInput = true });

    /// <summary>The next node; a file that is not well-formed XML is a VALIDATION error naming the line, not a fault.</summary>
    private static bool Next(XmlReader xml)
    {
        try
        {
            return xml.Read();
        }
        catch (XmlException bad)
        {
            throw NotXml(bad);
        }
    }

    /// <summary>The parser's message is left out: it can quote the file's content.</summary>
    private static RareGraphException NotXml(XmlException bad) =>
        RareGraphException.Validation("file", string.Create(CultureInfo.InvariantCulture, $"The file is not well-formed XML (line {bad.LineNumber}, position {bad.LinePosition})."));

    /// <summary>Reads the <c>&lt;data&gt;</c> children of the current element, leaving the reader at its end.</summary>
    private Dictionary<string, string> ReadData(XmlReader xml)
    {
        try
        {
            return ReadDataOrFail(xml);
        }
        catch (XmlException bad)
        {
            throw NotXml(bad);
        }
    }

    private Dictionary<string, string> ReadDataOrFail(XmlReader xml)
    {
        // Room for the values and the key or endpoints the caller adds.
        var values = new Dictionary<string, string>(_lastValueCount + 2, StringComparer.Ordinal);
        if (xml.IsEmptyElement)
        {
            return values;
        }

        var depth = xml.Depth;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName is "data")
            {
                var key = xml.GetAttribute("key") ?? string.Empty;

                // Reading the content moves past the element: no further Read, or the next <data> would be skipped.
                values[_keyNames.GetValueOrDefault(key, key)] = xml.ReadElementContentAsString();
            }
            else
            {
                xml.Read();
            }
        }

        _lastValueCount = values.Count;
        return values;
    }

    private static string Where(XmlReader xml, string element, string? id) =>
        xml is IXmlLineInfo line && line.HasLineInfo()
            ? string.Create(CultureInfo.InvariantCulture, $"line {line.LineNumber}, {element} '{id}'")
            : $"{element} '{id}'";
}
