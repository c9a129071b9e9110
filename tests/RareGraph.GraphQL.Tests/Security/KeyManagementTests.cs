using System.Net;
using System.Text.Json.Nodes;
using RareGraph.GraphQL.Security;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Security;

/// <summary>
/// ADMIN issues keys at run time (secret shown once, only its hash kept, in the graph store), lists them and revokes
/// them at once — on every replica that shares the store.
/// </summary>
public sealed class KeyManagementTests : IDisposable
{
    private readonly RareGraphApp _app = new(demoData: false);

    [Fact]
    public async Task Issued_Key_Should_Work_With_Its_Role_Until_Revoked()
    {
        var issued = await _app.GraphQLAsync("""mutation { createApiKey(id: "partner-1", role: VIEWER) { id role secret } }""");
        var secret = (string)issued["data"]!["createApiKey"]!["secret"]!;
        Assert.StartsWith("rg_", secret, StringComparison.Ordinal);

        var read = await _app.GraphQLAsAsync(secret, "{ organisations { totalCount } }");
        var write = await _app.GraphQLAsAsync(secret, """mutation { deleteEntity(key: "x") { changed } }""");
        Assert.Null(read["errors"]);
        Assert.Equal("FORBIDDEN", (string?)write["errors"]![0]!["extensions"]!["code"]);

        var listed = await _app.GraphQLAsync("{ apiKeys { id role source issuedBy revokedAt } }");
        var key = listed["data"]!["apiKeys"]!.AsArray().Single(k => (string?)k!["id"] == "partner-1")!;
        Assert.Equal("ISSUED", (string?)key["source"]);
        Assert.Equal("key:test-admin", (string?)key["issuedBy"]);
        Assert.DoesNotContain(secret, listed.ToJsonString(), StringComparison.Ordinal);

        var revoked = await _app.GraphQLAsync("""mutation { revokeApiKey(id: "partner-1") }""");
        Assert.True((bool)revoked["data"]!["revokeApiKey"]!);
        using var after = await _app.PostAsync(new { query = "{ organisations { totalCount } }" }, "application/json", secret);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Reusing_An_Id_Should_Be_A_Conflict()
    {
        await _app.GraphQLAsync("""mutation { createApiKey(id: "twice", role: EDITOR) { id } }""");
        var again = await _app.GraphQLAsync("""mutation { createApiKey(id: "twice", role: EDITOR) { id } }""");
        var configured = await _app.GraphQLAsync("""mutation { createApiKey(id: "test-viewer", role: ADMIN) { id } }""");

        Assert.Equal("CONFLICT", (string?)again["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("CONFLICT", (string?)configured["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Editor_Should_Not_Issue_Keys()
    {
        var json = await _app.GraphQLAsAsync(TestCallers.KeyFor(RareGraphRoles.Editor), """mutation { createApiKey(id: "escalate", role: ADMIN) { secret } }""");
        Assert.Equal("FORBIDDEN", (string?)json["errors"]![0]!["extensions"]!["code"]);
        Assert.Null(json["data"]);
    }

    [Fact]
    public async Task Key_Issued_On_One_Replica_Should_Sign_In_And_Be_Revoked_On_Another_Sharing_The_Store()
    {
        using var replica = new RareGraphApp(demoData: false, new Dictionary<string, string?> { ["RareGraph:Sqlite:Path"] = _app.DatabasePath });
        var issued = await _app.GraphQLAsync("""mutation { createApiKey(id: "shared", role: VIEWER) { secret } }""");
        var secret = (string)issued["data"]!["createApiKey"]!["secret"]!;

        var read = await replica.GraphQLAsAsync(secret, "{ organisations { totalCount } }");
        var listed = await replica.GraphQLAsync("{ apiKeys { id issuedBy } }");
        var revoked = await replica.GraphQLAsync("""mutation { revokeApiKey(id: "shared") }""");
        using var after = await _app.PostAsync(new { query = "{ organisations { totalCount } }" }, "application/json", secret);

        Assert.Null(read["errors"]);
        Assert.Contains(listed["data"]!["apiKeys"]!.AsArray(), k => (string?)k!["id"] == "shared" && (string?)k["issuedBy"] == "key:test-admin");
        Assert.True((bool)revoked["data"]!["revokeApiKey"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    public void Dispose() => _app.Dispose();
}
