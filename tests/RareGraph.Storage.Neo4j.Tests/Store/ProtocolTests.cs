using System.Net;
using System.Text;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Storage;
using RareGraph.Storage.Neo4j.Tests.Infrastructure;

namespace RareGraph.Storage.Neo4j.Tests.Store;

public sealed class ProtocolTests
{
    [Fact]
    public async Task Basic_Auth_Should_Encode_User_And_Password()
    {
        var handler = new FakeNeo4jHandler();
        await StoreFactory.Create(handler).GetVersionAsync(CancellationToken.None);

        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:secret-password"));
        Assert.Equal(expected, handler.Requests[0].Headers["Authorization"]);
    }

    [Fact]
    public async Task Bearer_Auth_Should_Send_The_Token_Base64_Encoded()
    {
        var handler = new FakeNeo4jHandler();
        await StoreFactory.Create(handler, o => o.BearerToken = "sso-token").GetVersionAsync(CancellationToken.None);

        Assert.Equal("Bearer " + Convert.ToBase64String(Encoding.UTF8.GetBytes("sso-token")), handler.Requests[0].Headers["Authorization"]);
    }

    [Fact]
    public async Task Requests_Should_Use_The_Query_Api_Path_And_Typed_Json()
    {
        var handler = new FakeNeo4jHandler();
        await StoreFactory.Create(handler, o => o.Database = "rare graph").GetVersionAsync(CancellationToken.None);

        var request = handler.Requests[0];
        Assert.Equal("/db/rare%20graph/query/v2", request.Path);
        Assert.Equal("application/vnd.neo4j.query", request.Headers["Accept"]);
        Assert.StartsWith("application/vnd.neo4j.query", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("Read", request.BodyProperty("accessMode")?.GetString());
    }

    [Fact]
    public async Task Bookmarks_Of_A_Write_Should_Be_Sent_With_The_Next_Read()
    {
        var handler = new FakeNeo4jHandler { VersionToReport = 1 };
        var store = StoreFactory.Create(handler);

        await store.ApplyAsync(SmallWrite(), 0, CancellationToken.None);
        await store.GetVersionAsync(CancellationToken.None);

        Assert.Null(handler.Requests[0].BodyProperty("bookmarks"));
        Assert.Equal("FB:fake-1", handler.Requests[1].BodyProperty("bookmarks")?[0].GetString());
        Assert.Null(handler.Requests[0].BodyProperty("accessMode"));
    }

    [Fact]
    public async Task Write_Should_Be_One_Statement_That_Checks_The_Version()
    {
        var handler = new FakeNeo4jHandler { VersionToReport = 6 };

        var version = await StoreFactory.Create(handler).ApplyAsync(SmallWrite(), 5, CancellationToken.None);

        Assert.Equal(6, version);
        var request = Assert.Single(handler.Requests);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        Assert.Equal("5", request.BodyProperty("parameters")?.GetProperty("expectedVersion").GetProperty("_value").GetString());
    }

    [Fact]
    public async Task Write_Without_Version_Row_Should_Raise_A_Version_Conflict()
    {
        var handler = new FakeNeo4jHandler { VersionToReport = 8 }
            .Then(HttpStatusCode.Accepted, """{"data":{"fields":["version"],"values":[]},"bookmarks":["FB:x"]}""");

        var conflict = await Assert.ThrowsAsync<StoreVersionConflictException>(
            () => StoreFactory.Create(handler).ApplyAsync(SmallWrite(), 5, CancellationToken.None));

        Assert.Equal((5L, 8L), (conflict.ExpectedVersion, conflict.ActualVersion));
    }

    [Fact]
    public async Task Large_Write_Should_Run_Bounded_Batches_In_One_Transaction_With_Affinity()
    {
        var handler = new FakeNeo4jHandler { VersionToReport = 2 }.Then(request =>
        {
            var response = FakeNeo4jHandler.Json(
                HttpStatusCode.Accepted,
                """{"data":{"fields":["version"],"values":[[{"$type":"Integer","_value":"2"}]]},"transaction":{"id":"t-9","expires":"2026-01-01T00:00:00Z"}}""");
            response.Headers.Add("neo4j-cluster-affinity", "member-3");
            return response;
        });
        var organisations = Enumerable.Range(0, 25).Select(i => (Entity)new Organisation($"org-{i:D2}", $"Org {i}", OrganisationKind.Ngo)).ToList();
        var write = new GraphWrite([], [], organisations, []);

        var version = await StoreFactory.Create(handler, o => o.WriteBatchSize = 10).ApplyAsync(write, 1, CancellationToken.None);

        Assert.Equal(2, version);
        Assert.Equal(
            ["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/t-9", "/db/neo4j/query/v2/tx/t-9", "/db/neo4j/query/v2/tx/t-9", "/db/neo4j/query/v2/tx/t-9/commit"],
            handler.Requests.Select(r => r.Path));
        Assert.All(handler.Requests.Skip(1), r => Assert.Equal("member-3", r.Headers["neo4j-cluster-affinity"]));
    }

    [Fact]
    public async Task Failed_Batch_Should_Roll_The_Transaction_Back()
    {
        var handler = new FakeNeo4jHandler()
            .Then(HttpStatusCode.Accepted, """{"data":{"fields":["version"],"values":[[{"$type":"Integer","_value":"2"}]]},"transaction":{"id":"t-1"}}""")
            .Then(HttpStatusCode.BadRequest, """{"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"exists"}]}""");
        var write = new GraphWrite([], ["a", "b", "c"], [], []);

        var error = await Assert.ThrowsAnyAsync<RareGraphException>(
            () => StoreFactory.Create(handler, o => o.WriteBatchSize = 2).ApplyAsync(write, 1, CancellationToken.None));

        Assert.Equal(ErrorCodes.Conflict, error.Code);
        Assert.Equal(HttpMethod.Delete, handler.Requests[^1].Method);
        Assert.Equal("/db/neo4j/query/v2/tx/t-1", handler.Requests[^1].Path);
    }

    [Fact]
    public async Task Error_After_Rows_With_Status_202_Should_Fail_The_Read_Instead_Of_Returning_Part_Of_It()
    {
        var handler = new FakeNeo4jHandler().Then(
            HttpStatusCode.Accepted,
            """
            {"data":{"fields":["version"],"values":[[{"$type":"Integer","_value":"4"}]]},
             "errors":[{"code":"Neo.DatabaseError.Statement.ExecutionFailed","message":"failed while streaming"}]}
            """);

        var error = await Assert.ThrowsAsync<RareGraphException>(() => StoreFactory.Create(handler).GetVersionAsync(CancellationToken.None));

        Assert.Equal(ErrorCodes.Unavailable, error.Code);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Initialize_Should_Fail_Clearly_On_Bad_Credentials()
    {
        var handler = new FakeNeo4jHandler()
            .Then(HttpStatusCode.OK, Fixture.Read("discovery.json"))
            .Then(HttpStatusCode.Unauthorized, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid username or password."}]}""");

        var error = await Assert.ThrowsAsync<RareGraphException>(() => StoreFactory.Create(handler).InitializeAsync(CancellationToken.None));

        Assert.Equal(ErrorCodes.Unavailable, error.Code);
        Assert.False(error.IsTransient);
        Assert.Contains("RareGraph:Neo4j:User", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-password", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Initialize_Should_Refuse_A_Server_Without_The_Query_Api()
    {
        var handler = new FakeNeo4jHandler().Then(HttpStatusCode.OK, """{"neo4j_version":"5.18.1","neo4j_edition":"community"}""");

        var error = await Assert.ThrowsAsync<RareGraphException>(() => StoreFactory.Create(handler).InitializeAsync(CancellationToken.None));

        Assert.Contains("5.18.1", error.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Initialize_Should_Create_Constraints_Indexes_And_The_Version_Node()
    {
        var handler = new FakeNeo4jHandler();
        var store = StoreFactory.Create(handler);

        await store.InitializeAsync(CancellationToken.None);

        Assert.Equal("2025.10.1", store.ServerVersion);
        Assert.Contains(handler.Statements, s => s.StartsWith("CREATE CONSTRAINT entity_key IF NOT EXISTS", StringComparison.Ordinal));
        Assert.Contains(handler.Statements, s => s.StartsWith("MERGE (meta:GraphMeta", StringComparison.Ordinal));
    }

    private static GraphWrite SmallWrite() =>
        new([], [], [new Organisation("org-a", "Org A", OrganisationKind.Ngo)], [new Relationship("org-a", RelationshipType.PartnersWith, "org-b")]);
}
