using RareGraph.Interchange.Import;

namespace RareGraph.Interchange.Tests.Import;

/// <summary>An import source over rows held in memory, each handed over asynchronously as a file's would be.</summary>
internal sealed class RowSource(IReadOnlyList<ImportRow> nodes, IReadOnlyList<ImportRow> edges) : IImportSource
{
    public string Format => "test";

    public IAsyncEnumerable<ImportRow> ReadNodesAsync(CancellationToken cancellationToken) => StreamAsync(nodes);

    public IAsyncEnumerable<ImportRow> ReadEdgesAsync(CancellationToken cancellationToken) => StreamAsync(edges);

    private static async IAsyncEnumerable<ImportRow> StreamAsync(IReadOnlyList<ImportRow> rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }
}
