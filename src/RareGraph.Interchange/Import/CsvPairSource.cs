using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using RareGraph.Interchange.Formats;

namespace RareGraph.Interchange.Import;

/// <summary>
/// Reads the Gephi spreadsheet pair (RFC 4180, read by CsvHelper: quoting, embedded line breaks, byte-order marks):
/// <c>nodes.csv</c> with <c>Id</c> (the key) and <c>Label</c> (the name), <c>relationships.csv</c> with <c>Source</c>,
/// <c>Target</c> and the relationship type in <c>relationship</c> or <c>Label</c>, the strength in <c>Weight</c>.
/// Other columns are attributes by name, matched ignoring case.
/// </summary>
public sealed class CsvPairSource(string nodesPath, string relationshipsPath) : IImportSource
{
    private static readonly Dictionary<string, string> NodeColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        [CsvColumns.Id] = ImportRow.Key,
        [CsvColumns.Label] = Attributes.Label,
    };

    private static readonly Dictionary<string, string> EdgeColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        [CsvColumns.Source] = ImportRow.From,
        [CsvColumns.Target] = ImportRow.To,
        [CsvColumns.Weight] = Attributes.Weight,
        [CsvColumns.Type] = "@direction",
        [CsvColumns.Id] = "@id",
    };

    public string Format => "csv";

    public IAsyncEnumerable<ImportRow> ReadNodesAsync(CancellationToken cancellationToken) =>
        ReadAsync(nodesPath, "nodes.csv", NodeColumns, cancellationToken);

    public async IAsyncEnumerable<ImportRow> ReadEdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in ReadAsync(relationshipsPath, "relationships.csv", EdgeColumns, cancellationToken))
        {
            if (row[Attributes.Relationship] is null && row[Attributes.Label] is { } label)
            {
                var values = row.Values.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                values[Attributes.Relationship] = label;
                yield return row with { Values = values };
            }
            else
            {
                yield return row;
            }
        }
    }

    private static async IAsyncEnumerable<ImportRow> ReadAsync(
        string path,
        string name,
        Dictionary<string, string> renamed,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 65536, FileOptions.SequentialScan | FileOptions.Asynchronous);
        await using var csv = CsvReader.Create(stream, new CsvReaderOptions { Separator = ',', TrackLineNumbers = true }, leaveOpen: false);
        await csv.ReadHeaderAsync(cancellationToken);
        var columns = csv.Headers.Select(h => renamed.GetValueOrDefault(h.Trim(), Canonical(h.Trim()))).ToArray();
        while (await csv.ReadAsync(cancellationToken))
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Length && i < csv.FieldCount; i++)
            {
                values[columns[i]] = csv.GetString(i);
            }

            yield return new ImportRow(string.Create(CultureInfo.InvariantCulture, $"{name} line {csv.LineNumber}"), values);
        }
    }

    /// <summary>An attribute name as the exports spell it, whatever the case of the column header.</summary>
    internal static string Canonical(string header) =>
        typeof(Attributes).GetFields()
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .FirstOrDefault(n => string.Equals(n, header.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
        ?? header;
}
