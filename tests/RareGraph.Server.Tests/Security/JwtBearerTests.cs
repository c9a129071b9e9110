using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using RareGraph.TestSupport;

namespace RareGraph.Server.Tests.Security;

/// <summary>
/// Bearer tokens from a configured issuer: the role claim maps onto the API's roles and the subject is the audit actor.
/// The issuer's signing key is given to the handler directly, so no discovery document is fetched.
/// </summary>
public sealed class JwtBearerTests : IDisposable
{
    private readonly RareGraphApp _app = new(demoData: false, TestIssuer.Settings());

    [Fact]
    public async Task Token_With_Editor_Role_Should_Write_And_Be_Audited_By_Subject()
    {
        using var server = TestIssuer.Trusting(_app);
        var json = await PostAsync(server, TestIssuer.Token("alice", "EDITOR"), """mutation { upsertJurisdiction(input: { key: "HU", name: "Hungary", code: "HU" }) { changed } }""");
        Assert.Null(json!["errors"]);

        var trail = await _app.GraphQLAsync("{ auditTrail(first: 1) { nodes { actor } } }");
        Assert.Equal("alice", (string?)trail["data"]!["auditTrail"]!["nodes"]![0]!["actor"]);
    }

    [Fact]
    public async Task Token_With_Viewer_Role_Should_Not_Write()
    {
        using var server = TestIssuer.Trusting(_app);
        var json = await PostAsync(server, TestIssuer.Token("bob", "VIEWER"), """mutation { deleteEntity(key: "HU") { changed } }""");
        Assert.Equal("FORBIDDEN", (string?)json!["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Token_From_Another_Issuer_Should_Be_401()
    {
        using var server = TestIssuer.Trusting(_app);
        var json = await PostAsync(server, TestIssuer.Token("mallory", "ADMIN", "https://elsewhere.example"), "{ __typename }", HttpStatusCode.Unauthorized);
        Assert.Equal("UNAUTHENTICATED", (string?)json!["errors"]![0]!["extensions"]!["code"]);
    }

    public void Dispose() => _app.Dispose();

    internal static async Task<JsonNode?> PostAsync(
        Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> server, string token, string query, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var content = new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        Assert.Equal(expected, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync());
    }
}
