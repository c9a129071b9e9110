namespace RareGraph.Domain.Storage;

/// <summary>
/// A store that takes a whole file of upserts as one transaction, in batches, without the file or the write held in
/// memory: the bulk import's way in (a mutation's way in is <see cref="IGraphStore.ApplyAsync"/>).
/// </summary>
public interface IBulkImportStore
{
    /// <summary>
    /// Opens the import's transaction. Other writes wait until it is committed or disposed (disposal without commit rolls
    /// everything back), so the graph version it starts from is still current when it commits.
    /// </summary>
    Task<IBulkImportTransaction> BeginImportAsync(CancellationToken cancellationToken);
}
