using RareGraph.Domain.Storage;

namespace RareGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore : IBulkImportStore
{
    public async Task<IBulkImportTransaction> BeginImportAsync(CancellationToken cancellationToken) =>
        await Neo4jBulkImport.BeginAsync(_client, _options.WriteBatchSize, cancellationToken);
}
