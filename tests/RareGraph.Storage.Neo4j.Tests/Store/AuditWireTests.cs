using System.Net;
using System.Text.Json;
using RareGraph.Domain.Auditing;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Neo4j.Tests.Cypher;
using RareGraph.Storage.Neo4j.Tests.Infrastructure;

namespace RareGraph.Storage.Neo4j.Tests.Store;

/// <summary>
/// On the wire, a write's audit entry travels in the same transaction as the write: the same statement for a small
/// write, the first statement of the explicit transaction for a batched one. A refused entry fails the write.
/// </summary>
public sealed class AuditWireTests
{
    private const string ConstraintFailure =
        """{"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"Node(7) already exists with label `AuditEntry` and property `version` = 6"}]}""";

    private static readonly AuditRecord Audit = new(
        "key:ops",
        "importGraph",
        new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.Zero),
        [new AuditedChange(AuditSubject.Entity, "org-a", null, "{\"Key\":\"org-a\"}")]);

    [Fact]
    public async Task Small_Write_Should_Carry_Its_Audit_Entry_In_The_Same_Statement()
    {
        var handler = new FakeNeo4jHandler { VersionToReport = 6 };

        await StoreFactory.Create(handler).ApplyAsync(SmallWrite(), 5, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Contains("CREATE (:AuditEntry {version: meta.version", request.Statement, StringComparison.Ordinal);
        Assert.Contains("MERGE (n:Entity {key: row.key})", request.Statement, StringComparison.Ordinal);
        var entry = AuditParameter(request).Single();
        Assert.Equal("key:ops", Value(entry, "actor").GetString());
        Assert.Equal("importGraph", Value(entry, "operation").GetString());
        Assert.Equal("OffsetDateTime", entry.GetProperty("at").GetProperty("$type").GetString());
        Assert.Equal(StoredChanges.Serialize(Audit.Changes), Value(entry, "changes").GetString());
    }

    [Fact]
    public async Task Batched_Write_Should_Create_Its_Audit_Entry_In_The_Transaction_It_Commits()
    {
        var handler = new FakeNeo4jHandler { VersionToReport = 2 };
        var organisations = Enumerable.Range(0, 5).Select(i => (Entity)new Organisation($"org-{i}", $"Org {i}", OrganisationKind.Ngo)).ToList();

        await StoreFactory.Create(handler, o => o.WriteBatchSize = 2).ApplyAsync(new GraphWrite([], [], organisations, [], Audit), 1, CancellationToken.None);

        Assert.Equal(
            ["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/tx1", "/db/neo4j/query/v2/tx/tx1", "/db/neo4j/query/v2/tx/tx1", "/db/neo4j/query/v2/tx/tx1/commit"],
            handler.Requests.Select(r => r.Path));
        var opening = handler.Requests[0];
        Assert.Contains("CREATE (:AuditEntry", opening.Statement, StringComparison.Ordinal);
        Assert.Equal("key:ops", Value(AuditParameter(opening).Single(), "actor").GetString());
        Assert.All(handler.Requests.Skip(1).SkipLast(1), batch => Assert.DoesNotContain("AuditEntry", batch.Statement, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Write_Without_Audit_Record_Should_Send_An_Empty_Audit_List()
    {
        var handler = new FakeNeo4jHandler { VersionToReport = 6 };

        await StoreFactory.Create(handler).ApplyAsync(SmallWrite() with { Audit = null }, 5, CancellationToken.None);

        Assert.Empty(AuditParameter(Assert.Single(handler.Requests)));
    }

    [Fact]
    public async Task Entry_Refused_By_Its_Constraint_Should_Fail_The_Write_Without_Retrying()
    {
        var handler = new FakeNeo4jHandler().Then(HttpStatusCode.BadRequest, ConstraintFailure);

        var refused = await Assert.ThrowsAsync<RareGraphException>(
            () => StoreFactory.Create(handler).ApplyAsync(SmallWrite(), 5, CancellationToken.None));

        Assert.Equal(ErrorCodes.Unavailable, refused.Code);
        Assert.False(refused.IsTransient);
        Assert.Contains("audit trail", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AuditEntry", refused.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Entry_Refused_When_A_Batched_Write_Opens_Should_Send_No_Batch()
    {
        var handler = new FakeNeo4jHandler().Then(HttpStatusCode.BadRequest, ConstraintFailure);
        var organisations = Enumerable.Range(0, 5).Select(i => (Entity)new Organisation($"org-{i}", $"Org {i}", OrganisationKind.Ngo)).ToList();

        var refused = await Assert.ThrowsAsync<RareGraphException>(
            () => StoreFactory.Create(handler, o => o.WriteBatchSize = 2).ApplyAsync(new GraphWrite([], [], organisations, [], Audit), 1, CancellationToken.None));

        Assert.Contains("audit trail", refused.Message, StringComparison.Ordinal);
        Assert.Equal("/db/neo4j/query/v2/tx", Assert.Single(handler.Requests).Path);
    }

    [Fact]
    public async Task Audit_Trail_Should_Be_Read_In_Read_Mode_And_Decoded()
    {
        var handler = new FakeNeo4jHandler().Then(
            HttpStatusCode.Accepted,
            """
            {"data":{"fields":["version","at","actor","operation","changes"],"values":[[
              {"$type":"Integer","_value":"6"},{"$type":"OffsetDateTime","_value":"2026-03-14T09:26:53Z"},
              {"$type":"String","_value":"key:ops"},{"$type":"String","_value":"importGraph"},
              {"$type":"String","_value":"[{\"Subject\":\"Relationship\",\"Key\":\"a-[CITED]->b\",\"Before\":\"{}\",\"After\":null}]"}]]},
             "bookmarks":["FB:1"]}
            """);

        var entries = await StoreFactory.Create(handler).AuditTrail.ListAsync(new AuditQuery(2, 9, "key:ops", null), CancellationToken.None);

        var entry = Assert.Single(entries);
        Assert.Equal((6L, "key:ops", "importGraph", Audit.At), (entry.Version, entry.Actor, entry.Operation, entry.At));
        Assert.Equal(new AuditedChange(AuditSubject.Relationship, "a-[CITED]->b", "{}", null), Assert.Single(entry.Changes));
        var request = Assert.Single(handler.Requests);
        Assert.Equal("Read", request.BodyProperty("accessMode")?.GetString());
        var parameters = request.BodyProperty("parameters")!.Value;
        Assert.Equal(("9", "2", "key:ops", "Null"), (
            parameters.GetProperty("before").GetProperty("_value").GetString(),
            parameters.GetProperty("limit").GetProperty("_value").GetString(),
            parameters.GetProperty("actor").GetProperty("_value").GetString(),
            parameters.GetProperty("operation").GetProperty("$type").GetString()));
    }

    [Fact]
    public async Task No_Statement_Of_The_Adapter_Should_Be_Able_To_Change_An_Audit_Entry()
    {
        var handler = new FakeNeo4jHandler();
        await StatementCatalog.CaptureAsync(handler);

        var touching = handler.Requests.Where(r => r.Statement?.Contains("AuditEntry", StringComparison.Ordinal) == true).ToList();

        Assert.NotEmpty(touching);
        foreach (var request in touching)
        {
            var statement = request.Statement!;
            var isRead = request.BodyProperty("accessMode")?.GetString() == "Read";
            var isSchema = statement.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal) || statement.StartsWith("CREATE INDEX", StringComparison.Ordinal);
            // A write may only create an entry, through a pattern with no variable that a later clause could change.
            var onlyCreates = statement.Split("AuditEntry").Length == 2 && statement.Contains("CREATE (:AuditEntry", StringComparison.Ordinal);
            Assert.True(isRead || isSchema || onlyCreates, $"This statement can reach an audit entry:\n{statement}");
        }
    }

    private static GraphWrite SmallWrite() =>
        new([], [], [new Organisation("org-a", "Org A", OrganisationKind.Ngo)], [], Audit);

    private static List<JsonElement> AuditParameter(RecordedRequest request)
    {
        var audit = request.BodyProperty("parameters")!.Value.GetProperty("audit");
        Assert.Equal("List", audit.GetProperty("$type").GetString());
        return [.. audit.GetProperty("_value").EnumerateArray().Select(e => e.GetProperty("_value"))];
    }

    private static JsonElement Value(JsonElement map, string name) => map.GetProperty(name).GetProperty("_value");
}
