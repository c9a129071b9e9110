using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Security;

/// <summary>
/// Hostile requests are refused before execution, each with the code that explains it. "Before execution" is proven by
/// what ran — no document reached GraphQL execution and the store was not called — never by the wall clock, which on a
/// shared two-core machine says more about the neighbours than about the server.
/// </summary>
public sealed class AbuseTests(AbuseTests.App fixture) : IClassFixture<AbuseTests.App>
{
    private readonly RareGraphApp _app = fixture.Instance;
    private readonly Refusal _refusal = new(fixture.Instance);

    [Fact]
    public async Task Depth_Bomb_Should_Be_Limit_Exceeded() =>
        await RefusedAsync(
            "{ " + string.Concat(Enumerable.Repeat("organisations { nodes { relationships { nodes { from { ", 200)) + "key" + new string('}', 1000) + " }",
            "LIMIT_EXCEEDED");

    [Fact]
    public async Task Alias_Bomb_Should_Be_Limit_Exceeded() =>
        await RefusedAsync("{ " + string.Join(" ", Enumerable.Range(0, 5_000).Select(i => $"a{i}: organisations(first: 100) {{ totalCount }}")) + " }", "LIMIT_EXCEEDED");

    [Fact]
    public async Task Selection_Flood_Should_Be_Limit_Exceeded() =>
        await RefusedAsync("{ " + string.Concat(Enumerable.Repeat("__typename ", 50_000)) + "}", "LIMIT_EXCEEDED");

    [Fact]
    public async Task Fragment_Cycle_Should_Be_A_Validation_Error() =>
        await RefusedAsync("{ ...A } fragment A on Query { ...B } fragment B on Query { organisations { nodes { key } } ...A }", "VALIDATION");

    [Fact]
    public async Task Costly_Wide_Pages_Should_Be_Limit_Exceeded() =>
        await RefusedAsync(
            "{ organisations(first: 100) { nodes { relationships(first: 100) { nodes { from { relationships(first: 100) { nodes { to { key } } } } } } } } }",
            "LIMIT_EXCEEDED");

    [Fact]
    public async Task Thousand_Operations_In_One_Document_Should_Be_Limit_Exceeded() =>
        await RefusedAsync(string.Join(" ", Enumerable.Range(0, 1_000).Select(i => $"query Q{i} {{ organisations {{ totalCount }} }}")), "LIMIT_EXCEEDED", operationName: "Q1");

    [Fact]
    public async Task Deeply_Nested_Input_Literal_Should_Be_Limit_Exceeded() =>
        await RefusedAsync(
            "{ defenders(where: " + string.Concat(Enumerable.Repeat("{ not: ", 500)) + "{ key: { eq: \"x\" } }" + new string('}', 500) + ") { totalCount } }",
            "LIMIT_EXCEEDED");

    [Fact]
    public async Task Hundred_Thousand_Element_Variable_List_Should_Be_Limit_Exceeded()
    {
        var ids = new JsonArray(Enumerable.Range(0, 100_000).Select(i => (JsonNode?)JsonValue.Create(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray());
        var ran = Ran();
        var json = await _app.GraphQLAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new JsonObject { ["ids"] = ids });
        Assert.Equal("LIMIT_EXCEEDED", Code(json));
        Assert.Null(json["data"]);
        AssertNothingRan(ran);
    }

    [Fact]
    public async Task Deeply_Nested_Variables_Should_Be_Refused_With_400()
    {
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000);
        using var response = await SendAsync("{\"query\":\"{ __typename }\",\"variables\":" + nested + "}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Ten_Megabyte_Body_Should_Be_413_Limit_Exceeded()
    {
        using var response = await SendAsync("{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"" + new string('a', 10 * 1024 * 1024) + "\"}}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("LIMIT_EXCEEDED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_Of_A_Thousand_Operations_Should_Be_400()
    {
        var batch = "[" + string.Join(",", Enumerable.Repeat("{\"query\":\"{ organisations { totalCount } }\"}", 1_000)) + "]";
        using var response = await SendAsync(batch);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private Task RefusedAsync(string query, string code, string? operationName = null) => _refusal.AssertRefusedAsync(query, code, operationName);

    private async Task<HttpResponseMessage> SendAsync(string body)
    {
        var client = _app.CreateClient();
        var ran = Ran();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        AssertNothingRan(ran);
        return response;
    }

    private (int Executions, int StoreCalls) Ran() => _refusal.Ran();

    private void AssertNothingRan((int Executions, int StoreCalls) before) => _refusal.AssertNothingRan(before);

    private static string? Code(JsonObject json) => Refusal.Code(json);

    public sealed class App : IDisposable
    {
        public RareGraphApp Instance { get; } = new(demoData: false);

        public void Dispose() => Instance.Dispose();
    }
}
