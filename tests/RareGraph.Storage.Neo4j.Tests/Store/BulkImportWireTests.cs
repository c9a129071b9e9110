using RareGraph.Domain.Auditing;
using RareGraph.Domain.Model;
using RareGraph.Storage.Neo4j.Tests.Infrastructure;

namespace RareGraph.Storage.Neo4j.Tests.Store;

/// <summary>
/// On the wire, a bulk import is one explicit transaction: opened by locking the version node, then batched UNWIND
/// statements, then the version bump with the audit entry, then one commit; abandoned, it is rolled back.
/// </summary>
public sealed class BulkImportWireTests
{
    private static readonly AuditRecord Audit = new(
        "key:ops",
        "importFile",
        new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero),
        [new AuditedChange(AuditSubject.Entity, "file:sha256:00", null, "{}")]);

    [Fact]
    public async Task Import_Should_Run_Batched_Unwind_Statements_In_One_Transaction_And_Commit_Once()
    {
        var handler = new FakeNeo4jHandler { VersionToReport = 7 };
        var store = StoreFactory.Create(handler, o => o.WriteBatchSize = 2);
        var organisations = Enumerable.Range(0, 3).Select(i => (Entity)new Organisation($"org-{i}", $"Org {i}", OrganisationKind.Ngo)).ToList();
        var relationships = new[] { new Relationship("org-0", RelationshipType.PartnersWith, "org-1") };

        long version;
        await using (var import = await store.BeginImportAsync(CancellationToken.None))
        {
            await import.UpsertEntitiesAsync(organisations, CancellationToken.None);
            await import.UpsertRelationshipsAsync(relationships, CancellationToken.None);
            version = await import.CommitAsync(Audit, CancellationToken.None);
        }

        Assert.Equal(
            ["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/tx1", "/db/neo4j/query/v2/tx/tx1", "/db/neo4j/query/v2/tx/tx1", "/db/neo4j/query/v2/tx/tx1", "/db/neo4j/query/v2/tx/tx1/commit"],
            handler.Requests.Select(r => r.Path));
        Assert.Contains("SET meta.lock = true", handler.Requests[0].Statement, StringComparison.Ordinal);
        Assert.All(handler.Requests.Skip(1).Take(3), batch => Assert.StartsWith("CALL () { UNWIND $removed", batch.Statement, StringComparison.Ordinal));
        Assert.Contains("CREATE (:AuditEntry", handler.Requests[4].Statement, StringComparison.Ordinal);
        Assert.Equal("7", handler.Requests[4].BodyProperty("parameters")!.Value.GetProperty("expectedVersion").GetProperty("_value").GetString());
        Assert.Equal(8, version);
    }

    [Fact]
    public async Task Abandoned_Import_Should_Be_Rolled_Back()
    {
        var handler = new FakeNeo4jHandler();
        var store = StoreFactory.Create(handler);

        await using (var import = await store.BeginImportAsync(CancellationToken.None))
        {
            await import.UpsertEntitiesAsync([new Organisation("org-a", "A", OrganisationKind.Ngo)], CancellationToken.None);
        }

        Assert.Equal(HttpMethod.Delete, handler.Requests[^1].Method);
        Assert.Equal("/db/neo4j/query/v2/tx/tx1", handler.Requests[^1].Path);
    }
}
