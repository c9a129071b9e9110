using RareGraph.Domain.Auditing;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Querying;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Neo4j.Auditing;
using RareGraph.Storage.Neo4j.Cypher;
using RareGraph.Storage.Neo4j.Keys;
using RareGraph.Storage.Neo4j.Wire;

namespace RareGraph.Storage.Neo4j;

/// <summary>
/// The production store: Neo4j (5.26 LTS or 2025.x; Community, Enterprise or Aura) over its HTTP Query API.
/// Entities are nodes labelled <c>:Entity:&lt;Label&gt;</c> with a unique <c>key</c>; relationships carry their
/// UPPER_SNAKE type name as the Neo4j type; a <c>(:GraphMeta {id: 'graph'})</c> node holds the graph version. The
/// audit trail (<c>:AuditEntry</c>) and the issued API keys (<c>:IssuedApiKey</c>) live in the same database, under
/// labels no entity query matches (<see cref="AuditTrail"/>, <see cref="IssuedKeys"/>).
/// </summary>
/// <remarks>
/// Every write is one Cypher statement (version check, version bump, audit entry and every change, see
/// <see cref="WriteStatements"/>) unless it holds more than <see cref="Neo4jStoreOptions.WriteBatchSize"/> rows; then
/// one explicit transaction carries the version check and the audit entry followed by bounded batches and commits
/// once, so a million
/// relationships import atomically without one giant request. A retried write whose first attempt did commit (the
/// connection dropped after the commit) finds the version moved and reports a version conflict, which
/// <see cref="Domain.Writing.GraphWriter"/> resolves by re-planning against the stored state.
/// </remarks>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private readonly Neo4jStoreOptions _options;
    private readonly QueryApiClient _client;

    public Neo4jGraphStore(Neo4jStoreOptions options, HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        options.Validate();
        _options = options;
        _client = new QueryApiClient(options, httpClient);
        AuditTrail = new Neo4jAuditTrail(_client);
        IssuedKeys = new Neo4jIssuedKeyRepository(_client);
    }

    /// <summary>The entries <see cref="ApplyAsync"/> writes, read through this store's connection and bookmarks.</summary>
    public IAuditTrail AuditTrail { get; }

    /// <summary>The API keys issued at run time, kept in this store's database.</summary>
    public IIssuedKeyRepository IssuedKeys { get; }

    /// <summary>The server's version as discovery reported it, once <see cref="InitializeAsync"/> has run.</summary>
    public string? ServerVersion { get; private set; }

    /// <summary>
    /// Checks the server (discovery: the Query API must be enabled), proves the credentials and database with a
    /// trivial read — so a wrong password fails the start, not the first query — then creates constraints, indexes
    /// and the version node if they do not exist.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var server = await _client.DiscoverAsync(cancellationToken);
        if (!server.QueryApiEnabled)
        {
            throw ErrorMapper.Configuration(
                $"Neo4j {server.Version ?? "(unknown version)"} at RareGraph:Neo4j:Uri does not offer the Query API: " +
                "it needs 5.19+ (on by default from 5.25; earlier set server.http_enabled_modules to include QUERY_API_ENDPOINTS).");
        }

        ServerVersion = server.Version;
        await _client.RunAsync(CypherRequest.Read(SchemaStatements.Ping), cancellationToken);
        foreach (var statement in SchemaStatements.All)
        {
            await _client.RunAsync(CypherRequest.Write(statement), cancellationToken);
        }

        await _client.RunAsync(CypherRequest.Write(SchemaStatements.EnsureGraphMeta), cancellationToken);
        await FoldStoredNamesAsync(cancellationToken);
    }

    /// <summary>Gives every node written before names were folded its <c>nameFold</c> (see <see cref="SchemaStatements.UnfoldedNames"/>).</summary>
    internal async Task FoldStoredNamesAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["limit"] = (long)_options.ScanBatchSize };
            var batch = await _client.RunAsync(CypherRequest.Read(SchemaStatements.UnfoldedNames, parameters), cancellationToken);
            if (batch.Rows.Count == 0)
            {
                return;
            }

            var rows = Enumerable.Range(0, batch.Rows.Count).Select(i => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["key"] = batch.Value(i, "key"),
                ["fold"] = TextFolding.Fold(batch.Value(i, "name") as string ?? ""),
            }).ToList();
            await _client.RunAsync(
                    CypherRequest.Write(SchemaStatements.SetNameFolds, new Dictionary<string, object?>(StringComparer.Ordinal) { ["rows"] = rows }),
                    cancellationToken);
            if (batch.Rows.Count < _options.ScanBatchSize)
            {
                return;
            }
        }
    }

    public async Task<long> GetVersionAsync(CancellationToken cancellationToken)
    {
        var response = await _client.RunAsync(CypherRequest.Read(ReadStatements.Version), cancellationToken);
        return response.Rows.Count == 0 ? 0 : AsLong(response.Value(0, "version"));
    }

    public async Task<long> ApplyAsync(GraphWrite write, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var applied = WriteBatcher.RowCount(write) <= _options.WriteBatchSize
            ? await _client.WithRetriesAsync(token => ApplyInOneStatementAsync(write, expectedVersion, token), cancellationToken)
            : await _client.WithRetriesAsync(token => ApplyInBatchesAsync(write, expectedVersion, token), cancellationToken);
        if (applied is { } version)
        {
            return version;
        }

        throw new StoreVersionConflictException(expectedVersion, await GetVersionAsync(cancellationToken));
    }

    private async Task<long?> ApplyInOneStatementAsync(GraphWrite write, long expectedVersion, CancellationToken cancellationToken)
    {
        var parameters = WriteParameters.For(write);
        parameters["expectedVersion"] = expectedVersion;
        parameters["audit"] = WriteParameters.Audit(write.Audit);
        var response = await RecordingAuditAsync(
                () => _client.RunOnceAsync(CypherRequest.Write(WriteStatements.SingleStatement, parameters), cancellationToken));
        return response.Rows.Count == 0 ? null : AsLong(response.Value(0, "version"));
    }

    private async Task<long?> ApplyInBatchesAsync(GraphWrite write, long expectedVersion, CancellationToken cancellationToken)
    {
        var versionCheck = CypherRequest.Write(
            WriteStatements.CheckVersionAndAudit,
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["expectedVersion"] = expectedVersion, ["audit"] = WriteParameters.Audit(write.Audit) });
        var (transaction, head) = await RecordingAuditAsync(() => _client.BeginAsync(versionCheck, cancellationToken));
        try
        {
            if (head.Rows.Count == 0)
            {
                await _client.RollbackQuietlyAsync(transaction);
                return null;
            }

            foreach (var batch in WriteBatcher.Split(write, _options.WriteBatchSize))
            {
                var request = CypherRequest.Write(WriteStatements.Batch, WriteParameters.For(batch));
                await _client.RunInAsync(transaction, request, cancellationToken);
            }

            await _client.CommitAsync(transaction, cancellationToken);
            return AsLong(head.Value(0, "version"));
        }
        catch
        {
            await _client.RollbackQuietlyAsync(transaction);
            throw;
        }
    }

    /// <summary>
    /// Runs the statement that creates the audit entry. Merges and matches cannot break a uniqueness constraint, so
    /// the one such failure that statement can meet is an entry already recorded for the version: the write fails,
    /// and the server has rolled all of it back.
    /// </summary>
    private static async Task<T> RecordingAuditAsync<T>(Func<Task<T>> statement)
    {
        try
        {
            return await statement();
        }
        catch (ConstraintViolationException refused)
        {
            throw AuditFaults.NotRecorded(refused);
        }
    }

    private static long AsLong(object? value) => value switch
    {
        long integer => integer,
        double number => (long)number,
        _ => throw new RareGraphException(ErrorCodes.Internal, "Neo4j returned a graph version that is not an integer."),
    };
}
