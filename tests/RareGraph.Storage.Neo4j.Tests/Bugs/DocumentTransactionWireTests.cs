using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Writing;
using RareGraph.Storage.Neo4j.Tests.Infrastructure;

namespace RareGraph.Storage.Neo4j.Tests.Bugs;

/// <summary>
/// Issue 10, item 3 on Neo4j: the writes of one write session (a GraphQL mutation document) reach the server as one
/// transaction with one audit entry — one statement for a small document, one explicit transaction for a large one —
/// and a session that fails sends no write at all.
/// </summary>
public sealed class DocumentTransactionWireTests
{
    [Fact]
    public async Task Two_Staged_Mutations_Should_Commit_As_One_Statement_With_One_Audit_Entry()
    {
        var handler = new FakeNeo4jHandler { VersionToReport = 8 };
        using var writer = new GraphWriter(StoreFactory.Create(handler), []);

        await using (var session = await writer.BeginSessionAsync(CancellationToken.None))
        {
            handler.VersionToReport = 9;
            await session.StageAsync(Jurisdiction("hu"), CancellationToken.None);
            await session.StageAsync(BasedIn("ngo", "hu"), CancellationToken.None);
            Assert.Empty(Writes(handler));
            await session.CommitAsync(CancellationToken.None);
        }

        var write = Assert.Single(Writes(handler));
        Assert.Equal("/db/neo4j/query/v2", write.Path);
        Assert.Equal(1, Count(write.Statement!, "CREATE (:AuditEntry"));
        Assert.Contains("\"upsertJurisdiction, upsertOrganisation\"", write.Body, StringComparison.Ordinal);
        Assert.Contains("\"hu\"", write.Body, StringComparison.Ordinal);
        Assert.Contains("\"ngo\"", write.Body, StringComparison.Ordinal);
        Assert.Contains("\"BASED_IN\"", write.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Large_Document_Should_Commit_In_One_Explicit_Transaction_With_One_Audit_Entry()
    {
        var handler = new FakeNeo4jHandler { VersionToReport = 3 };
        using var writer = new GraphWriter(StoreFactory.Create(handler, o => o.WriteBatchSize = 2), []);

        await using (var session = await writer.BeginSessionAsync(CancellationToken.None))
        {
            foreach (var key in new[] { "hu", "at", "pl", "cz" })
            {
                await session.StageAsync(Jurisdiction(key), CancellationToken.None);
            }

            await session.CommitAsync(CancellationToken.None);
        }

        var writes = Writes(handler);
        Assert.Equal(
            ["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/tx1", "/db/neo4j/query/v2/tx/tx1", "/db/neo4j/query/v2/tx/tx1/commit"],
            writes.Select(r => r.Path));
        Assert.Equal(1, writes.Sum(r => Count(r.Statement ?? "", "CREATE (:AuditEntry")));
    }

    [Fact]
    public async Task A_Session_Whose_Second_Mutation_Fails_Should_Send_No_Write()
    {
        var handler = new FakeNeo4jHandler { VersionToReport = 4 };
        using var writer = new GraphWriter(StoreFactory.Create(handler), []);

        await using (var session = await writer.BeginSessionAsync(CancellationToken.None))
        {
            await session.StageAsync(Jurisdiction("hu"), CancellationToken.None);
            var failure = await Assert.ThrowsAsync<RareGraphException>(() => session.StageAsync(BasedIn("ngo", "nowhere"), CancellationToken.None));
            Assert.Equal(ErrorCodes.NotFound, failure.Code);
        }

        Assert.Empty(Writes(handler));
        Assert.DoesNotContain(handler.Requests, r => r.Path.Contains("/tx", StringComparison.Ordinal));
    }

    /// <summary>Requests that change the database: write statements and explicit-transaction traffic.</summary>
    private static List<RecordedRequest> Writes(FakeNeo4jHandler handler) =>
        handler.Requests.Where(r => r.Path.Contains("/tx", StringComparison.Ordinal)
            || r.Statement?.Contains("AuditEntry", StringComparison.Ordinal) == true
            || r.Statement?.Contains("MERGE", StringComparison.Ordinal) == true).ToList();

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static WriteRequest Jurisdiction(string key)
    {
        var request = new WriteRequest("upsertJurisdiction");
        request.Entities.Add(new Located<Entity>(new Jurisdiction(key, key.ToUpperInvariant(), key.ToUpperInvariant(), JurisdictionKind.Country), "input"));
        return request;
    }

    private static WriteRequest BasedIn(string organisation, string jurisdiction)
    {
        var request = new WriteRequest("upsertOrganisation");
        request.Entities.Add(new Located<Entity>(new Organisation(organisation, "NGO", OrganisationKind.Ngo), "input"));
        request.Relationships.Add(new Located<Relationship>(new Relationship(organisation, RelationshipType.BasedIn, jurisdiction), "input.basedInKey", IsShorthand: true));
        request.ExclusiveOutgoing.Add(new ExclusiveOutgoing(organisation, new HashSet<RelationshipType> { RelationshipType.BasedIn }));
        return request;
    }
}
