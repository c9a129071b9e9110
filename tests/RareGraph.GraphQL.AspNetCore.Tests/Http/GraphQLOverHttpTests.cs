using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>Status codes and media types of the GraphQL-over-HTTP spec; the npm graphql-http audit runs in the end-to-end suite.</summary>
public sealed class GraphQLOverHttpTests(GraphQLOverHttpTests.App fixture) : IClassFixture<GraphQLOverHttpTests.App>
{
    private readonly RareGraphApp _app = fixture.Instance;

    [Fact]
    public async Task Post_Should_Answer_With_GraphQL_Response_Json_When_Accepted()
    {
        using var response = await _app.PostAsync(new { query = "{ __typename }" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
    }

    [Fact]
    public async Task Post_Should_Answer_With_Json_For_Wildcard_Accept()
    {
        using var response = await _app.PostAsync(new { query = "{ __typename }" }, accept: "*/*");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Malformed_Json_Should_Be_400_With_A_Validation_Error_And_No_Stack_Trace()
    {
        using var response = await SendRawAsync(HttpMethod.Post, "/graphql", "{\"query\": ", "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var error = JsonNode.Parse(body)!["errors"]![0]!;
        Assert.Equal("VALIDATION", (string?)error["extensions"]!["code"]);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Without_Json_Content_Type_Should_Be_415()
    {
        using var response = await SendRawAsync(HttpMethod.Post, "/graphql", "{ __typename }", "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Mutation_Over_Get_Should_Be_405_And_Allow_Post()
    {
        var query = Uri.EscapeDataString("mutation { deleteEntity(key: \"x\") { deletedKey } }");
        using var response = await SendRawAsync(HttpMethod.Get, $"/graphql?query={query}", null, null);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Query_Over_Get_Should_Execute()
    {
        var query = Uri.EscapeDataString("{ __typename }");
        using var response = await SendRawAsync(HttpMethod.Get, $"/graphql?query={query}", null, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["__typename"]);
    }

    [Fact]
    public async Task Validation_Failure_Should_Be_400_Under_GraphQL_Response_Json_With_Code_Validation()
    {
        using var response = await _app.PostAsync(new { query = "{ noSuchField }" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Null(json["data"]);
        Assert.Equal("VALIDATION", (string?)json["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Validation_Failure_Should_Be_200_Under_Plain_Json()
    {
        using var response = await _app.PostAsync(new { query = "{ noSuchField }" }, accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Batched_Requests_Should_Be_Refused_With_400()
    {
        using var response = await SendRawAsync(HttpMethod.Post, "/graphql", "[{\"query\":\"{ __typename }\"}]", "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Oversized_Body_Should_Be_413_With_Limit_Exceeded()
    {
        var huge = "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"" + new string('a', 2_000_000) + "\"}}";
        using var response = await SendRawAsync(HttpMethod.Post, "/graphql", huge, "application/json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("LIMIT_EXCEEDED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deep_Query_Should_Be_Refused_With_Limit_Exceeded()
    {
        var deep = "{ organisations { nodes { relationships { nodes { from { relationships { nodes { to { relationships { nodes { from { relationships { nodes { to { relationships { nodes { from { key } } } } } } } } } } } } } } } } } }";
        var json = await _app.GraphQLAsync(deep);
        Assert.Equal("LIMIT_EXCEEDED", (string?)json["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Browser_Get_Should_Not_Be_Treated_As_A_GraphQL_Request()
    {
        using var response = await SendRawAsync(HttpMethod.Get, "/graphql", null, null, accept: "text/html");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType is "text/html" ? "text/html" : response.StatusCode == HttpStatusCode.ServiceUnavailable ? "text/html" : null);
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string url, string? body, string? contentType, string accept = "application/graphql-response+json")
    {
        var client = _app.CreateClient();
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = contentType is null ? null : new MediaTypeHeaderValue(contentType);
        }

        request.Headers.Accept.ParseAdd(accept);
        return await client.SendAsync(request);
    }

    public sealed class App : IDisposable
    {
        public RareGraphApp Instance { get; } = new(demoData: false);

        public void Dispose() => Instance.Dispose();
    }
}
