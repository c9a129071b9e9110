using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using RareGraph.Server.Tests.Security;
using RareGraph.Server.Configuration;
using RareGraph.Server.Security;
using RareGraph.TestSupport;

namespace RareGraph.Server.Tests.Bugs;

/// <summary>
/// Issue 10 item 8: a token from the trusted issuer without a roles claim was given read access. It holds no role and
/// may do nothing (403 FORBIDDEN) unless <c>RareGraph:Security:Jwt:DefaultRole</c> names one on purpose.
/// </summary>
public sealed class JwtWithoutRolesTests : IDisposable
{
    private const string Read = "{ organisations { totalCount } }";
    private readonly RareGraphApp _app = new(demoData: false, TestIssuer.Settings());
    private readonly RareGraphApp _viewerByDefault = new(demoData: false, TestIssuer.Settings([new("RareGraph:Security:Jwt:DefaultRole", "VIEWER")]));

    [Fact]
    public async Task Token_Without_Roles_Should_Be_Forbidden_To_Read()
    {
        using var server = TestIssuer.Trusting(_app);
        var json = await JwtBearerTests.PostAsync(server, TestIssuer.Token("carol", []), Read, HttpStatusCode.Forbidden);

        Assert.Equal("FORBIDDEN", (string?)json!["errors"]![0]!["extensions"]!["code"]);
        Assert.Null(json["data"]);
    }

    [Fact]
    public async Task Token_With_Only_Unknown_Roles_Should_Be_Forbidden_Too()
    {
        using var server = TestIssuer.Trusting(_app);
        var json = await JwtBearerTests.PostAsync(server, TestIssuer.Token("dave", ["SUPERUSER"]), "{ __schema { queryType { name } } }", HttpStatusCode.Forbidden);

        Assert.Equal("FORBIDDEN", (string?)json!["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Default_Role_Should_Be_Given_To_Tokens_Without_One_And_Only_That_Role()
    {
        using var server = TestIssuer.Trusting(_viewerByDefault);
        var read = await JwtBearerTests.PostAsync(server, TestIssuer.Token("erin", []), Read);
        var write = await JwtBearerTests.PostAsync(server, TestIssuer.Token("erin", []), """mutation { deleteEntity(key: "x") { changed } }""");
        var editor = await JwtBearerTests.PostAsync(
            server, TestIssuer.Token("frank", ["EDITOR"]), """mutation { upsertJurisdiction(input: { key: "HU", name: "Hungary", code: "HU" }) { changed } }""");

        Assert.Null(read!["errors"]);
        Assert.Equal("FORBIDDEN", (string?)write!["errors"]![0]!["extensions"]!["code"]);
        Assert.Null(editor!["errors"]);
    }

    [Fact]
    public void Unknown_Default_Role_Should_Stop_The_Start()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(TestIssuer.Settings([new("RareGraph:Security:Jwt:DefaultRole", "ROOT")])).Build();

        var refused = Assert.Throws<InvalidSettingException>(() =>
            SecurityStartup.Read(configuration, new HostingEnvironment { EnvironmentName = Environments.Production }, TextWriter.Null));
        Assert.Contains("RareGraph:Security:Jwt:DefaultRole", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _app.Dispose();
        _viewerByDefault.Dispose();
    }
}
