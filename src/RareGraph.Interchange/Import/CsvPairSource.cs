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
/// <remarks>
/// The files are local (an upload is spooled to disk first), so they are read synchronously, as
/// <see cref="GraphMlSource"/> reads its file: an asynchronous file stream sent every buffer refill through the thread
/// pool and every record through an awaited call. An edge table without a relationship column (the exports' own: the
/// type is Gephi's Label) has its Label column read as the type too, instead of copying every row to add it.
/// </remarks>
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
        ReadAsync(nodesPath, "nodes.csv", NodeColumns, labelIsType: false, cancellationToken);

    public async IAsyncEnumerable<ImportRow> ReadEdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A row whose relationship column is empty still takes its type from Label (only when the file has both columns).
        await foreach (var row in ReadAsync(relationshipsPath, "relationships.csv", EdgeColumns, labelIsType: true, cancellationToken))
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
        bool labelIsType,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 65536, FileOptions.SequentialScan);
        using var csv = CsvReader.Create(stream, new CsvReaderOptions { Separator = ',', TrackLineNumbers = true }, leaveOpen: false);
        csv.ReadHeader();
        var columns = csv.Headers.Select(h => renamed.GetValueOrDefault(h.Trim(), Canonical(h.Trim()))).ToArray();
        var typeColumn = labelIsType && !columns.Contains(Attributes.Relationship) ? Array.IndexOf(columns, Attributes.Label) : -1;
        while (csv.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var values = new Dictionary<string, string>(columns.Length + 1, StringComparer.Ordinal);
            for (var i = 0; i < columns.Length && i < csv.FieldCount; i++)
            {
                var value = csv.GetString(i);
                values[columns[i]] = value;
                if (i == typeColumn)
                {
                    values[Attributes.Relationship] = value;
                }
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
