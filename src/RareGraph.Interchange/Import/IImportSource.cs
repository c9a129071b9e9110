namespace RareGraph.Interchange.Import;

/// <summary>A file (or a pair of files) being imported: its nodes, then its edges, each read as a stream.</summary>
public interface IImportSource
{
    /// <summary>The format's name for reports and the audit entry (<c>graphml</c>, <c>csv</c>, <c>cyjs</c>, <c>xlsx</c>).</summary>
    string Format { get; }

    IAsyncEnumerable<ImportRow> ReadNodesAsync(CancellationToken cancellationToken);

    /// <summary>The edges; called after <see cref="ReadNodesAsync"/> has been read to its end.</summary>
    IAsyncEnumerable<ImportRow> ReadEdgesAsync(CancellationToken cancellationToken);
}
