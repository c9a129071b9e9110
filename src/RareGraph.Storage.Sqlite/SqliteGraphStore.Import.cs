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
                return await SqliteBulkImport.BeginAsync(connection, Released, cancellationToken);
            }
            catch
            {
                _writeGate.Release();
                throw;
            }
        });

    /// <summary>An import ended: the next writer may go, and a committed import is checkpointed off the caller's path.</summary>
    private void Released(bool committed)
    {
        _versions.NoteWrite();
        _writeGate.Release();
        if (committed)
        {
            _checkpoints.Start();
        }
    }
}
