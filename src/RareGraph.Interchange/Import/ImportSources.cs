using RareGraph.Domain.Errors;

namespace RareGraph.Interchange.Import;

/// <summary>
/// Picks the reader for an upload: a multipart pair named <c>nodes</c> and <c>relationships</c> (by field or file name)
/// is the CSV pair; a single file is recognised by its first bytes (a zip is an .xlsx workbook, <c>&lt;</c> GraphML,
/// <c>{</c> Cytoscape JSON), or named by <c>?format=graphml|cyjs|xlsx</c>. Shared by <c>POST /import</c> and the
/// operator's <c>import</c> command.
/// </summary>
public static class ImportSources
{
    /// <summary>The reader for <paramref name="files"/>; a VALIDATION error when they are not a format it reads.</summary>
    /// <param name="files">Each file's name (<c>field|file name</c> for a multipart part) and where it is on disk.</param>
    /// <param name="format">The format the caller names, if any.</param>
    public static IImportSource For(IReadOnlyList<(string Name, string Path)> files, string? format)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 2 || files.Any(f => f.Name.Contains("nodes", StringComparison.OrdinalIgnoreCase)))
        {
            var nodes = files.FirstOrDefault(f => f.Name.Contains("nodes", StringComparison.OrdinalIgnoreCase));
            var relationships = files.FirstOrDefault(f => f.Name.Contains("relationships", StringComparison.OrdinalIgnoreCase) || f.Name.Contains("edges", StringComparison.OrdinalIgnoreCase));
            if (nodes.Path is null || relationships.Path is null || files.Count != 2)
            {
                throw RareGraphException.Validation("file", "Send the CSV pair as two multipart files named nodes and relationships.");
            }

            return new CsvPairSource(nodes.Path, relationships.Path);
        }

        if (files.Count != 1)
        {
            throw RareGraphException.Validation("file", "Send one file (GraphML, Cytoscape JSON or .xlsx) or the CSV pair (nodes, relationships).");
        }

        var path = files[0].Path;
        return (format ?? Sniff(path)) switch
        {
            "graphml" => new GraphMlSource(path),
            "cyjs" or "json" => new CytoscapeJsonSource(path),
            "xlsx" => new XlsxSource(path),
            _ => throw RareGraphException.Validation("format", "The file is not GraphML, Cytoscape JSON or an .xlsx workbook (or name it with ?format=graphml|cyjs|xlsx)."),
        };
    }

    private static string? Sniff(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> head = stackalloc byte[512];
        var read = file.Read(head);
        head = head[..read];
        if (read >= 2 && head[0] == (byte)'P' && head[1] == (byte)'K')
        {
            return "xlsx";
        }

        // Skip a UTF-8 byte-order mark and white space.
        var start = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        while (start < head.Length && head[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        return start < head.Length
            ? head[start] switch
            {
                (byte)'<' => "graphml",
                (byte)'{' => "cyjs",
                _ => null,
            }
            : null;
    }
}
