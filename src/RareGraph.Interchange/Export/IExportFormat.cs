namespace RareGraph.Interchange.Export;

/// <summary>A file format a graph can be exported in.</summary>
public interface IExportFormat
{
    /// <summary>The media type of the response.</summary>
    string MediaType { get; }

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/>, streaming, flushing as it goes.</summary>
    Task WriteAsync(ExportDocument document, Stream output, CancellationToken cancellationToken);
}
