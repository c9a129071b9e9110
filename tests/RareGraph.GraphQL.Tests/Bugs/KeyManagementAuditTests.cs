using System.Text.Json.Nodes;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Bugs;

/// <summary>
/// Issue 10 item 9: createApiKey and revokeApiKey left no audit entry although the README promises one for every
/// mutation. Each now leaves one: who, when, the key's id and role — never its secret or hash.
/// </summary>
public sealed class KeyManagementAuditTests : IDisposable
{
    private const string Trail = "{ auditTrail(first: 5) { totalCount nodes { version at actor operation changes { subject key before after } } } }";
    private readonly RareGraphApp _app = new(demoData: false);

    [Fact]
    public async Task Creating_A_Key_Should_Leave_An_Entry_Naming_Id_And_Role_Without_The_Secret()
    {
        var issued = await _app.GraphQLAsync("""mutation { createApiKey(id: "partner-7", role: EDITOR) { secret } }""");
        var secret = (string)issued["data"]!["createApiKey"]!["secret"]!;

        var trail = await _app.GraphQLAsync(Trail);
        var entry = trail["data"]!["auditTrail"]!["nodes"]![0]!;
        Assert.Equal(("key:test-admin", "createApiKey"), ((string?)entry["actor"], (string?)entry["operation"]));
        var change = entry["changes"]![0]!;
        Assert.Equal(("API_KEY", "partner-7"), ((string?)change["subject"], (string?)change["key"]));
        Assert.Null(change["before"]);
        var after = JsonNode.Parse((string)change["after"]!)!;
        Assert.Equal(("partner-7", "EDITOR", "key:test-admin"), ((string?)after["Id"], (string?)after["Role"], (string?)after["IssuedBy"]));
        Assert.DoesNotContain(secret, trail.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Server.Security.ApiKeySecrets.Hash(secret)[7..], trail.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoking_A_Key_Should_Leave_An_Entry_With_Before_And_After_And_A_Second_Revoke_None()
    {
        await _app.GraphQLAsync("""mutation { createApiKey(id: "partner-8", role: VIEWER) { id } }""");
        await _app.GraphQLAsync("""mutation { revokeApiKey(id: "partner-8") }""");
        var again = await _app.GraphQLAsync("""mutation { revokeApiKey(id: "partner-8") }""");
        var unknown = await _app.GraphQLAsync("""mutation { revokeApiKey(id: "nobody") }""");

        Assert.False((bool)again["data"]!["revokeApiKey"]!);
        Assert.False((bool)unknown["data"]!["revokeApiKey"]!);
        var trail = (await _app.GraphQLAsync(Trail))["data"]!["auditTrail"]!;
        Assert.Equal(2, (int)trail["totalCount"]!);
        var entry = trail["nodes"]![0]!;
        Assert.Equal(("key:test-admin", "revokeApiKey"), ((string?)entry["actor"], (string?)entry["operation"]));
        var change = entry["changes"]![0]!;
        Assert.Null((string?)JsonNode.Parse((string)change["before"]!)!["RevokedAt"]);
        var after = JsonNode.Parse((string)change["after"]!)!;
        Assert.Equal(("VIEWER", "key:test-admin"), ((string?)after["Role"], (string?)after["RevokedBy"]));
        Assert.NotNull((string?)after["RevokedAt"]);
    }

    public void Dispose() => _app.Dispose();
}
