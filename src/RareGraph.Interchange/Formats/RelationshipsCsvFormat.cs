using CsvHelper;
using RareGraph.Interchange.Export;

namespace RareGraph.Interchange.Formats;

/// <summary>
/// The edge table as RFC 4180 CSV in Gephi's spreadsheet conventions: <c>Source,Target,Type,Id,Weight,Label</c> (Type
/// is <c>Directed</c>, Id unique, Weight the strength, Label the relationship type), then one column per attribute.
/// </summary>
public sealed class RelationshipsCsvFormat : IExportFormat
{
    public string MediaType => "text/csv";

    public static IReadOnlyList<InterchangeAttribute> Columns(ExportDocument document) =>
        document.EdgeAttributes.Where(a => a.Name is not Attributes.Weight).ToList();

    public async Task WriteAsync(ExportDocument document, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var columns = Columns(document);
        await using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        foreach (var header in new[] { CsvColumns.Source, CsvColumns.Target, CsvColumns.Type, CsvColumns.Id, CsvColumns.Weight, CsvColumns.Label })
        {
            csv.WriteField(header);
        }

        foreach (var column in columns)
        {
            csv.WriteField(column.Name);
        }

        await csv.EndRecordAsync(cancellationToken);

        var written = 0;
        await foreach (var edge in document.Edges.WithCancellation(cancellationToken))
        {
            csv.WriteField(edge.Source);
            csv.WriteField(edge.Target);
            csv.WriteField(CsvColumns.Directed);
            csv.WriteField(edge.Id);
            csv.WriteField(ValueText.Of(edge.Weight));
            csv.WriteField(edge.Label);
            NodesCsvFormat.WriteValues(csv, columns, edge.Values);
            await csv.EndRecordAsync(cancellationToken);
            if (++written % 1000 == 0)
            {
                await csv.FlushAsync(cancellationToken);
            }
        }

        await csv.FlushAsync(cancellationToken);
    }
}
