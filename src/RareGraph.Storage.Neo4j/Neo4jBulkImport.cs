using RareGraph.Domain.Auditing;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Neo4j.Cypher;
using RareGraph.Storage.Neo4j.Wire;

namespace RareGraph.Storage.Neo4j;

/// <summary>
/// A bulk import on Neo4j: one explicit transaction of the Query API, opened by locking the version node; the rows go
/// in batched <c>UNWIND … MERGE</c> statements (the batched write's own statement, at most
/// <see cref="Neo4jStoreOptions.WriteBatchSize"/> rows each); the commit runs the version bump with the audit entry as
/// its last statement. Disposal without commit rolls the transaction back.
/// </summary>
internal sealed class Neo4jBulkImport : IBulkImportTransaction
{
    private readonly QueryApiClient _client;
    private readonly TransactionHandle _transaction;
    private readonly int _batchSize;
    private bool _done;

    private Neo4jBulkImport(QueryApiClient client, TransactionHandle transaction, long version, int batchSize)
    {
        _client = client;
        _transaction = transaction;
        StartVersion = version;
        _batchSize = batchSize;
    }

    public long StartVersion { get; }

    public static async Task<Neo4jBulkImport> BeginAsync(QueryApiClient client, int batchSize, CancellationToken cancellationToken)
    {
        var (transaction, head) = await client.BeginAsync(CypherRequest.Write(ImportStatements.Begin), cancellationToken);
        var version = head.Value(0, "version") switch
        {
            long integer => integer,
            double number => (long)number,
            _ => 0L,
        };
        return new Neo4jBulkImport(client, transaction, version, batchSize);
    }

    public async Task UpsertEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        foreach (var chunk in entities.Chunk(_batchSize))
        {
            await RunBatchAsync(new GraphWrite([], [], chunk, []), cancellationToken);
        }
    }

    public async Task UpsertRelationshipsAsync(IReadOnlyList<Relationship> relationships, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relationships);
        foreach (var chunk in relationships.Chunk(_batchSize))
        {
            await RunBatchAsync(new GraphWrite([], [], [], chunk), cancellationToken);
        }
    }

    public async Task<long> CommitAsync(AuditRecord audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["expectedVersion"] = StartVersion,
            ["audit"] = WriteParameters.Audit(audit),
        };
        QueryResponse bumped;
        try
        {
            bumped = await _client.RunInAsync(_transaction, CypherRequest.Write(WriteStatements.CheckVersionAndAudit, parameters), cancellationToken);
        }
        catch (ConstraintViolationException refused)
        {
            throw AuditFaults.NotRecorded(refused);
        }

        if (bumped.Rows.Count == 0)
        {
            throw new RareGraphException(ErrorCodes.Conflict, "The graph changed while the file was imported; nothing was written. Import it again.");
        }

        await _client.CommitAsync(_transaction, cancellationToken);
        _done = true;
        return StartVersion + 1;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_done)
        {
            await _client.RollbackQuietlyAsync(_transaction);
        }
    }

    private Task<QueryResponse> RunBatchAsync(GraphWrite batch, CancellationToken cancellationToken) =>
        _client.RunInAsync(_transaction, CypherRequest.Write(WriteStatements.Batch, WriteParameters.For(batch)), cancellationToken);
}
