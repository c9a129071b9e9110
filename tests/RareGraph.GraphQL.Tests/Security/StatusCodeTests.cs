using System.Net;
using System.Text.Json.Nodes;
using RareGraph.GraphQL.Security;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Security;

/// <summary>
/// GraphQL over HTTP, applied the same way to every refusal (README "Status codes"): with
/// <c>application/graphql-response+json</c> a request error before execution is a 4xx without <c>data</c> (401 sign in,
/// 403 role, 400 otherwise); a field error during execution is 200 with the rest of the data; with
/// <c>application/json</c> both are 200.
/// </summary>
public sealed class StatusCodeTests(DemoApp demo) : IClassFixture<DemoApp>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private readonly RareGraphApp _app = demo.Instance;

    [Fact]
    public async Task Root_Field_Denied_To_The_Role_Should_Be_403_Without_Data()
    {
        var (status, json) = await PostAsync("""{ impact(threatKey: "threat:2017-hu-lex-ngo") { at } }""", TestCallers.KeyFor(RareGraphRoles.Viewer));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.False(json.ContainsKey("data"));
        Assert.Equal("FORBIDDEN", (string?)json["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Root_Field_Needing_A_Sign_In_Should_Be_401_Without_Data()
    {
        var (status, json) = await PostAsync("""{ auditTrail(first: 1) { totalCount } }""", apiKey: null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.False(json.ContainsKey("data"));
        Assert.Equal("UNAUTHENTICATED", (string?)json["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Restricted_Field_Inside_An_Allowed_Query_Should_Be_200_With_Partial_Data()
    {
        var (status, json) = await PostAsync("""{ defenders(first: 1) { nodes { key legalName } } }""", TestCallers.KeyFor(RareGraphRoles.Viewer));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(json["data"]);
        Assert.Equal("FORBIDDEN", (string?)json["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Syntax_Error_Should_Be_400_And_Application_Json_Should_Stay_200()
    {
        var (syntax, _) = await PostAsync("{ organisations(first: 1) { totalCount ", TestCallers.KeyFor(RareGraphRoles.Viewer));
        var (legacy, json) = await PostAsync("""{ impact(threatKey: "threat:2017-hu-lex-ngo") { at } }""", TestCallers.KeyFor(RareGraphRoles.Viewer), "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, syntax);
        Assert.Equal(HttpStatusCode.OK, legacy);
        Assert.Equal("FORBIDDEN", (string?)json["errors"]![0]!["extensions"]!["code"]);
    }

    private async Task<(HttpStatusCode Status, JsonObject Json)> PostAsync(string query, string? apiKey, string accept = GraphQLResponse)
    {
        using var response = await _app.PostAsync(new { query }, accept, apiKey);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}
