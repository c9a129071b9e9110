using RareGraph.Domain.Storage;

namespace RareGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore : IBulkImportStore
{
    public Task<IBulkImportTransaction> BeginImportAsync(CancellationToken cancellationToken) =>
        StoreFaults.GuardAsync<IBulkImportTransaction>(async () =>
        {
            await _writeGate.WaitAsync(cancellationToken);
            try
            {
                var connection = await OpenAsync(cancellationToken);
                return await SqliteBulkImport.BeginAsync(connection, () => _writeGate.Release(), cancellationToken);
            }
            catch
            {
                _writeGate.Release();
                throw;
            }
        });
}
