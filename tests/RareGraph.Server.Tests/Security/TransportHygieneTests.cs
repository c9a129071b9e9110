using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using RareGraph.GraphQL.Security;
using RareGraph.TestSupport;

namespace RareGraph.Server.Tests.Security;

/// <summary>Rate limits per caller, CORS by configured origin, and the headers on API answers.</summary>
public sealed class TransportHygieneTests : IDisposable
{
    private readonly RareGraphApp _app = new(demoData: false, new Dictionary<string, string?>
    {
        ["RareGraph:Security:RateLimit:PermitsPerMinute"] = "3",
        ["RareGraph:Security:CorsOrigins:0"] = "https://alliance.example",
    });

    [Fact]
    public async Task Caller_Over_Its_Rate_Should_Get_429_Limit_Exceeded_While_Others_Continue()
    {
        var viewer = TestCallers.KeyFor(RareGraphRoles.Viewer);
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await _app.PostAsync(new { query = "{ __typename }" }, "application/json", viewer);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await _app.PostAsync(new { query = "{ __typename }" }, "application/json", viewer);
        using var other = await _app.PostAsync(new { query = "{ __typename }" }, "application/json", TestCallers.AdminKey);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("LIMIT_EXCEEDED", (string?)JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]);
        Assert.InRange(refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.True(refused.Headers.CacheControl?.NoStore);
        Assert.Equal("nosniff", refused.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Theory]
    [InlineData("https://alliance.example", true)]
    [InlineData("https://evil.example", false)]
    public async Task Preflight_Should_Allow_Only_Configured_Origins(string origin, bool allowed)
    {
        var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");
        using var response = await client.SendAsync(request);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Contains(origin));
    }

    [Fact]
    public async Task Api_Answers_Should_Not_Be_Stored_Sniffed_Or_Framed()
    {
        var client = _app.CreateClient();
        using var content = new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    public void Dispose() => _app.Dispose();
}
