using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using RareGraph.GraphQL.Security;
using RareGraph.Server.Configuration;
using RareGraph.Server.Security;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Security;

/// <summary>API keys by either header, refusal of unknown credentials, and the start-up rules for each environment.</summary>
public sealed class AuthenticationTests(RoleMatrixTests.App fixture) : IClassFixture<RoleMatrixTests.App>
{
    [Theory]
    [InlineData("X-Api-Key", "rg_wrong")]
    [InlineData("Authorization", "Bearer rg_wrong")]
    [InlineData("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")]
    [InlineData("Authorization", "Basic dXNlcjpwYXNz")]
    public async Task Unrecognised_Credentials_Should_Be_401_Unauthenticated_Not_Anonymous(string header, string value)
    {
        using var response = await SendAsync("{ organisations { totalCount } }", header, value);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("UNAUTHENTICATED", (string?)json["errors"]![0]!["extensions"]!["code"]);
        Assert.Null(json["data"]);
    }

    [Theory]
    [InlineData("/GraphQL")]
    [InlineData("/GRAPHQL")]
    public async Task The_Endpoint_Under_Another_Letter_Case_Should_Refuse_And_Accept_Credentials_As_Graphql_Does(string path)
    {
        // Routing matches paths whatever their case, so the credential gate must too, or a wrong key would run as anonymous.
        using var refused = await SendAsync("{ organisations { totalCount } }", "X-Api-Key", "rg_wrong", path);
        using var accepted = await SendAsync("{ alliance { modularity } }", "X-Api-Key", TestCallers.KeyFor(RareGraphRoles.Analyst)!, path);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var json = JsonNode.Parse(await accepted.Content.ReadAsStringAsync())!;
        Assert.Null(json["errors"]);
        Assert.NotNull(json["data"]!["alliance"]);
    }

    [Fact]
    public async Task Key_Sent_As_Bearer_Should_Authenticate()
    {
        using var response = await SendAsync("{ alliance { modularity } }", "Authorization", "Bearer " + TestCallers.KeyFor(RareGraphRoles.Analyst));
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Null(json["errors"]);
        Assert.NotNull(json["data"]!["alliance"]);
    }

    [Fact]
    public async Task Introspection_Should_Follow_Its_Own_Switch_For_Anonymous_Callers()
    {
        using var closed = new RareGraphApp(demoData: false, new Dictionary<string, string?> { ["RareGraph:Security:AllowAnonymousRead"] = "true" });

        var schema = await closed.GraphQLAsAsync(null, "{ __schema { queryType { name } } }");
        var read = await closed.GraphQLAsAsync(null, "{ organisations { totalCount } }");
        var signedIn = await closed.GraphQLAsAsync(TestCallers.KeyFor(RareGraphRoles.Viewer), "{ __type(name: \"Defender\") { name } }");

        Assert.Equal("UNAUTHENTICATED", (string?)schema["errors"]![0]!["extensions"]!["code"]);
        Assert.Null(read["errors"]);
        Assert.Equal("Defender", (string?)signedIn["data"]!["__type"]!["name"]);
    }

    [Fact]
    public void Development_Without_Keys_Should_Print_One_Working_Admin_Key()
    {
        using var console = new StringWriter();
        var options = SecurityStartup.Read(Configuration([]), Environment(Environments.Development), console);

        var key = Assert.Single(options.ApiKeys);
        Assert.Equal(RareGraphRoles.Admin, key.Role);
        var printed = console.ToString().Split(' ', '\n', '\r').Single(word => word.StartsWith(ApiKeySecrets.Prefix, StringComparison.Ordinal));
        Assert.True(ApiKeySecrets.Matches(printed, key.Hash));
    }

    [Fact]
    public void Production_Without_Keys_Or_Issuer_Should_Refuse_To_Start_Unless_Anonymous_Read_Is_On()
    {
        var refused = Assert.Throws<InvalidSettingException>(() => SecurityStartup.Read(Configuration([]), Environment(Environments.Production), TextWriter.Null));
        Assert.Contains("AllowAnonymousRead", refused.Message, StringComparison.Ordinal);

        var open = SecurityStartup.Read(
            Configuration(new() { ["RareGraph:Security:AllowAnonymousRead"] = "true", ["RareGraph:Security:CursorKey"] = TestCallers.CursorKey }),
            Environment(Environments.Production),
            TextWriter.Null);
        Assert.Empty(open.ApiKeys);
    }

    [Theory]
    [InlineData("rg_plain-secret-instead-of-hash", "ADMIN")]
    [InlineData("sha256:0000000000000000000000000000000000000000000000000000000000000000", "ROOT")]
    public void Misconfigured_Keys_Should_Stop_The_Start_Without_Echoing_Them(string hash, string role)
    {
        var configuration = Configuration(new()
        {
            ["RareGraph:Security:ApiKeys:0:Id"] = "ops",
            ["RareGraph:Security:ApiKeys:0:Hash"] = hash,
            ["RareGraph:Security:ApiKeys:0:Role"] = role,
        });
        var refused = Assert.Throws<InvalidSettingException>(() => SecurityStartup.Read(configuration, Environment(Environments.Production), TextWriter.Null));
        Assert.DoesNotContain(hash, refused.Message, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendAsync(string query, string header, string value, string path = "/graphql")
    {
        var client = fixture.Instance.CreateClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.TryAddWithoutValidation(header, value);
        return await client.SendAsync(request);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };
}
