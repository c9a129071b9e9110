using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using RareGraph.GraphQL.Paging;
using RareGraph.Server.Configuration;
using RareGraph.Server.Security;
using RareGraph.TestSupport;

namespace RareGraph.GraphQL.Tests.Queries;

/// <summary>The seal of cursors: opens only with its key and its binding, deterministic, and configured on purpose.</summary>
public sealed class CursorSealTests
{
    private static readonly byte[] Position = Encoding.UTF8.GetBytes("""[3,"defender:someone"]""");
    private static readonly byte[] Binding = Encoding.UTF8.GetBytes("Query.defenders(order:RiskLevel)");

    [Fact]
    public void Sealed_Position_Should_Open_With_The_Same_Key_And_Binding_Only()
    {
        var seal = CursorSeal.FromBase64(TestCallers.CursorKey)!;
        var cursor = seal.Seal(Position, Binding);

        Assert.Equal(Position, seal.Open(cursor, Binding));
        Assert.Null(seal.Open(cursor, Encoding.UTF8.GetBytes("Query.defenders(order:Name)")));
        Assert.Null(CursorSeal.Ephemeral().Open(cursor, Binding));
        Assert.Null(seal.Open(cursor[..^1], Binding));
        Assert.Null(seal.Open("not a cursor!", Binding));
        Assert.Null(seal.Open(new string('A', 5000), Binding));
    }

    [Fact]
    public void Same_Position_And_Binding_Should_Seal_To_The_Same_Cursor()
    {
        var seal = CursorSeal.FromBase64(TestCallers.CursorKey)!;

        Assert.Equal(seal.Seal(Position, Binding), seal.Seal(Position, Binding));
        Assert.NotEqual(seal.Seal(Position, Binding), seal.Seal(Position, Encoding.UTF8.GetBytes("other")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("dG9vLXNob3J0")]
    [InlineData("not base64 at all")]
    public void Production_Should_Refuse_To_Start_Without_A_Valid_Cursor_Key_Naming_The_Setting(string? key)
    {
        var settings = new Dictionary<string, string?>(TestCallers.Settings().Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)), StringComparer.Ordinal)
        {
            ["RareGraph:Security:CursorKey"] = key,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var refused = Assert.Throws<InvalidSettingException>(() =>
            SecurityStartup.Read(configuration, new HostingEnvironment { EnvironmentName = Environments.Production }, TextWriter.Null));
        Assert.Contains("RareGraph:Security:CursorKey", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Development_Should_Start_Without_A_Cursor_Key()
    {
        var configuration = new ConfigurationBuilder().Build();

        var options = SecurityStartup.Read(configuration, new HostingEnvironment { EnvironmentName = Environments.Development }, TextWriter.Null);

        Assert.Null(options.CursorKey);
    }
}
