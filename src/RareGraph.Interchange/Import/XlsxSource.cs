using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ExcelDataReader;
using RareGraph.Interchange.Formats;

namespace RareGraph.Interchange.Import;

/// <summary>
/// Reads the spreadsheet alliances keep, in the layout Kumu users know (read with ExcelDataReader, row by row): an
/// <c>Elements</c> sheet with <c>Label</c> and <c>Type</c> columns (Type: Organisation, Jurisdiction, Defender, Threat, or
/// an organisation kind such as NGO) and a <c>Connections</c> sheet with <c>From</c>, <c>To</c> and <c>Type</c> (the
/// relationship). Without those names, the first sheet holds the elements and the second the connections. An element's
/// key is its <c>Key</c> column, else its label made into a key (<c>Hungarian Helsinki Committee</c> →
/// <c>hungarian-helsinki-committee</c>); From and To may name an element by label or by key. Other columns are
/// attributes by name (<c>Kind</c>, <c>Code</c>, <c>Valid From</c>, <c>Strength</c>…).
/// </summary>
public sealed class XlsxSource(string path) : IImportSource
{
    private static readonly Dictionary<string, string> ElementColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Key"] = ImportRow.Key,
        ["Id"] = ImportRow.Key,
        ["Label"] = Attributes.Label,
        ["Name"] = Attributes.Label,
        ["Type"] = Attributes.Entity,
    };

    private static readonly Dictionary<string, string> ConnectionColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["From"] = ImportRow.From,
        ["To"] = ImportRow.To,
        ["Type"] = Attributes.Relationship,
        ["Strength"] = Attributes.Weight,
        ["Weight"] = Attributes.Weight,
    };

    private readonly Dictionary<string, string> _labelToKey = new(StringComparer.Ordinal);

    static XlsxSource()
    {
        // ExcelDataReader asks for legacy code pages while it opens a workbook; .NET serves them only once registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public string Format => "xlsx";

    public async IAsyncEnumerable<ImportRow> ReadNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var row in ReadSheet("elements", 0, ElementColumns, cancellationToken))
        {
            var values = (Dictionary<string, string>)row.Values;
            if (row[ImportRow.Key] is null && row[Attributes.Label] is { } label)
            {
                values[ImportRow.Key] = KeyOf(label);
            }

            if (row[Attributes.Label] is { } name && row[ImportRow.Key] is { } key)
            {
                _labelToKey.TryAdd(name, key);
            }

            yield return row;
        }
    }

    public async IAsyncEnumerable<ImportRow> ReadEdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var row in ReadSheet("connections", 1, ConnectionColumns, cancellationToken))
        {
            var values = (Dictionary<string, string>)row.Values;
            foreach (var end in new[] { ImportRow.From, ImportRow.To })
            {
                if (row[end] is { } named && _labelToKey.TryGetValue(named, out var key))
                {
                    values[end] = key;
                }
            }

            yield return row;
        }
    }

    /// <summary>A label made into a key: lower case, every run of other characters a hyphen.</summary>
    public static string KeyOf(string label)
    {
        var key = new StringBuilder(label.Length);
        foreach (var c in label.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(c);
            }
            else if (key.Length > 0 && key[^1] != '-')
            {
                key.Append('-');
            }
        }

        return key.ToString().TrimEnd('-');
    }

    private IEnumerable<ImportRow> ReadSheet(string name, int position, Dictionary<string, string> renamed, CancellationToken cancellationToken)
    {
        using var stream = File.OpenRead(path);
        using var reader = OpenWorkbook(stream);
        if (!MoveToSheet(reader, name, position))
        {
            yield break;
        }

        string[]? columns = null;
        var line = 0;
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            line++;
            var cells = Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader.GetValue(i))).ToArray();
            if (columns is null)
            {
                columns = cells.Select(h => renamed.GetValueOrDefault(h.Trim(), CsvPairSource.Canonical(h.Trim()))).ToArray();
                continue;
            }

            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Length && i < cells.Length; i++)
            {
                if (columns[i].Length > 0)
                {
                    values[columns[i]] = cells[i];
                }
            }

            yield return new ImportRow(string.Create(CultureInfo.InvariantCulture, $"sheet '{reader.Name}' row {line}"), values);
        }
    }

    private static IExcelDataReader OpenWorkbook(Stream stream)
    {
        try
        {
            return ExcelReaderFactory.CreateOpenXmlReader(stream);
        }
        catch (Exception bad) when (bad is InvalidDataException or ExcelDataReader.Exceptions.HeaderException or IOException)
        {
            throw Domain.Errors.RareGraphException.Validation("file", "The file is not an .xlsx workbook.");
        }
    }

    private static bool MoveToSheet(IExcelDataReader reader, string name, int position)
    {
        var names = new List<string>();
        do
        {
            names.Add(reader.Name);
        }
        while (reader.NextResult());

        var index = names.FindIndex(n => string.Equals(n.Trim(), name, StringComparison.OrdinalIgnoreCase));
        index = index >= 0 ? index : position < names.Count ? position : -1;
        if (index < 0)
        {
            return false;
        }

        reader.Reset();
        for (var i = 0; i < index; i++)
        {
            reader.NextResult();
        }

        return true;
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? string.Empty,
    };
}
