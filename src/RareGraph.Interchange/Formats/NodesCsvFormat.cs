using CsvHelper;
using RareGraph.Interchange.Export;

namespace RareGraph.Interchange.Formats;

/// <summary>
/// The node table as RFC 4180 CSV in UTF-8 (no byte-order mark) with a header row, in Gephi's spreadsheet conventions:
/// <c>Id</c> (the key), <c>Label</c> (the name a person reads), then one column per attribute.
/// </summary>
public sealed class NodesCsvFormat : IExportFormat
{
    public string MediaType => "text/csv";

    public static IReadOnlyList<InterchangeAttribute> Columns(ExportDocument document) =>
        document.NodeAttributes.Where(a => a.Name is not Attributes.Name and not Attributes.Label).ToList();

    public async Task WriteAsync(ExportDocument document, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var columns = Columns(document);
        await using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteField(CsvColumns.Id);
        csv.WriteField(CsvColumns.Label);
        foreach (var column in columns)
        {
            csv.WriteField(column.Name);
        }

        await csv.EndRecordAsync(cancellationToken);
        var written = 0;
        await foreach (var node in document.Nodes.WithCancellation(cancellationToken))
        {
            csv.WriteField(node.Id);
            csv.WriteField(node.Label);
            WriteValues(csv, columns, node.Values);
            await csv.EndRecordAsync(cancellationToken);
            if (++written % 1000 == 0)
            {
                await csv.FlushAsync(cancellationToken);
            }
        }

        await csv.FlushAsync(cancellationToken);
    }

    internal static void WriteValues(CsvWriter csv, IReadOnlyList<InterchangeAttribute> columns, IReadOnlyDictionary<string, object> values)
    {
        foreach (var column in columns)
        {
            csv.WriteField(values.TryGetValue(column.Name, out var value) ? ValueText.Of(value) : string.Empty);
        }
    }
}
