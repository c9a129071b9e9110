using System.Net;
using System.Text;
using RareGraph.EndToEnd.Tests.Hosting;

namespace RareGraph.EndToEnd.Tests.Bugs;

/// <summary>
/// Issue 10, item 7, proven on the built server as an operator runs it. A configuration error is one line on stderr
/// naming the setting and exit code 78, never a stack trace; a Neo4j that is down at start is waited for (one Warning per
/// attempt, no HttpClient chatter) while /health/ready answers 503 and GraphQL UNAVAILABLE, and the server becomes
/// ready by itself when Neo4j appears.
/// </summary>
public sealed class StartFailureTests
{
    public static TheoryData<string, string, string, string> Misconfigurations() => new()
    {
        // name=value pairs separated by ';' — the environment of the start — and the setting the line must name.
        { "unknown store", "RareGraph__Store=mongo;RareGraph__Security__AllowAnonymousRead=true", "RareGraph:Store", "" },
        { "value of the wrong type", "RareGraph__DemoData=perhaps;RareGraph__Security__AllowAnonymousRead=true", "RareGraph:DemoData", "" },
        { "bolt address", "RareGraph__Store=neo4j;RareGraph__Neo4j__Uri=bolt://127.0.0.1:7687;RareGraph__Security__AllowAnonymousRead=true", "RareGraph:Neo4j:Uri", "" },
        { "negative SQLite busy timeout", "RareGraph__Sqlite__BusyTimeout=-00:00:01;RareGraph__Security__AllowAnonymousRead=true", "RareGraph:Sqlite:BusyTimeout", "" },
        { "request size limit of zero", "RareGraph__Limits__MaxRequestBytes=0;RareGraph__Security__AllowAnonymousRead=true", "RareGraph:Limits:MaxRequestBytes", "" },
        { "Neo4j batch size of zero", "RareGraph__Store=neo4j;RareGraph__Neo4j__WriteBatchSize=0;RareGraph__Security__AllowAnonymousRead=true", "RareGraph:Neo4j", "" },
        { "malformed key hash", "RareGraph__Security__ApiKeys__0__Id=ops;RareGraph__Security__ApiKeys__0__Hash=rg_plain;RareGraph__Security__ApiKeys__0__Role=ADMIN", "RareGraph:Security:ApiKeys:0:Hash", "rg_plain" },
    };

    [Theory]
    [MemberData(nameof(Misconfigurations))]
    public async Task Configuration_Error_Should_Print_One_Line_Naming_The_Setting_And_Exit_78(string name, string environment, string setting, string secret)
    {
        using var server = ServerProcess.Start(Parse(environment));

        var exitCode = await server.ExitCodeAsync();

        Assert.True(exitCode == 78, $"{name}: exit {exitCode}; stderr: {string.Join('\n', server.Stderr)}; stdout: {string.Join('\n', server.Stdout)}");
        var line = Assert.Single(server.Stderr, l => l.Length > 0);
        Assert.StartsWith("RareGraph cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains(setting, line, StringComparison.Ordinal);
        AssertNoStackTrace(server);
        if (secret.Length > 0)
        {
            Assert.DoesNotContain(secret, line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Neo4j_Refusing_The_Credentials_Should_Exit_78_Naming_The_Credential_Settings()
    {
        var port = ServerProcess.FreePort();
        using var neo4j = new FakeNeo4jEndpoint(port, refuseCredentials: true);
        using var server = ServerProcess.Start(Neo4jAt(port));

        var exitCode = await server.ExitCodeAsync();

        Assert.True(exitCode == 78, $"exit {exitCode}; stderr: {string.Join('\n', server.Stderr)}; stdout: {string.Join('\n', server.Stdout)}");
        var line = Assert.Single(server.Stderr, l => l.Length > 0);
        Assert.Contains("RareGraph:Neo4j:User", line, StringComparison.Ordinal);
        AssertNoStackTrace(server);
    }

    [Fact]
    public async Task Neo4j_Down_At_Start_Should_Be_Waited_For_And_The_Server_Should_Become_Ready_By_Itself()
    {
        var port = ServerProcess.FreePort();
        using var server = ServerProcess.Start(Neo4jAt(port));
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        Assert.True(await server.WaitForOutputAsync(lines => Attempts(lines) >= 2), string.Join('\n', server.Stdout.Concat(server.Stderr)));
        Assert.True(await server.WaitUntilListeningAsync(), string.Join('\n', server.Stdout.Concat(server.Stderr)));
        using (var ready = await client.GetAsync(new Uri("health/ready", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }

        using (var query = await PostQueryAsync(client))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, query.StatusCode);
            Assert.Contains("\"code\":\"UNAVAILABLE\"", await query.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var neo4j = new FakeNeo4jEndpoint(port);
        Assert.True(await server.WaitForOutputAsync(lines => lines.Any(l => l.Contains("the server is ready", StringComparison.Ordinal))), string.Join('\n', server.Stdout));
        using (var ready = await client.GetAsync(new Uri("health/ready", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        using (var query = await PostQueryAsync(client))
        {
            Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        }

        var output = server.Stdout;
        var warnings = output.Count(l => l.StartsWith("warn: RareGraph.Server.Hosting.StoreInitializer", StringComparison.Ordinal));
        Assert.Equal(Attempts(output), warnings);
        Assert.DoesNotContain(output, l => l.Contains("System.Net.Http", StringComparison.Ordinal));
        AssertNoStackTrace(server);
        Assert.DoesNotContain(server.Stderr, l => l.Length > 0);
    }

    private static int Attempts(IReadOnlyList<string> lines) =>
        lines.Count(l => l.Contains("The graph store is not reachable (attempt", StringComparison.Ordinal));

    private static Task<HttpResponseMessage> PostQueryAsync(HttpClient client) =>
        client.PostAsync(
            new Uri("graphql", UriKind.Relative),
            new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json"));

    private static Dictionary<string, string> Neo4jAt(int port) => new(StringComparer.Ordinal)
    {
        ["RareGraph__Store"] = "neo4j",
        ["RareGraph__Neo4j__Uri"] = $"http://127.0.0.1:{port}",
        ["RareGraph__Neo4j__User"] = "neo4j",
        ["RareGraph__Neo4j__Password"] = "not-the-password",
        // One request per attempt, so the test sees several attempts soon; the default retries 5 times inside each.
        ["RareGraph__Neo4j__MaxRetries"] = "0",
        ["RareGraph__StoreStart__FirstRetryDelay"] = "00:00:00.2",
        ["RareGraph__StoreStart__MaxRetryDelay"] = "00:00:00.5",
        ["RareGraph__Security__AllowAnonymousRead"] = "true",
    };

    private static Dictionary<string, string> Parse(string environment) =>
        environment.Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    private static void AssertNoStackTrace(ServerProcess server)
    {
        var all = server.Stdout.Concat(server.Stderr).ToList();
        Assert.DoesNotContain(all, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain(all, l => l.Contains("Unhandled exception", StringComparison.Ordinal));
    }
}
