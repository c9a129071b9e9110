using RareGraph.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RareGraph.EndToEnd.Tests.Transport;

/// <summary>
/// The GraphQL-over-HTTP audit suite of the npm package <c>graphql-http</c>, run by <c>tests/e2e/audit.mjs</c> against
/// the real server over a real socket.
/// </summary>
/// <remarks>Source of the requirements: GraphQL over HTTP, working draft (graphql.github.io/graphql-over-http).</remarks>
[Collection(KestrelServerCollection.Name)]
public sealed class GraphQLOverHttpAuditTests(KestrelServer server, ITestOutputHelper output)
{
    [E2eFact(E2eNeeds.NodeTools)]
    public async Task Every_Must_And_Should_Audit_Passes()
    {
        E2eRequirements.Require(E2eNeeds.NodeTools);

        var result = await NodeTool.RunAsync("audit.mjs", TimeSpan.FromSeconds(120), server.BaseAddress.ToString());

        output.WriteLine(result.StandardOutput);
        var summary = AuditSummary.Parse(result);
        output.WriteLine(summary.CountsLine);
        // tests/run-all.sh prints this line after the run, so the counts are visible without opening a trx file.
        await File.WriteAllTextAsync(Path.Combine(E2eEnvironment.ArtifactsDirectory, "audit-counts.txt"), summary.CountsLine);
        Assert.True(summary.Total > 0, $"No audit ran.{Environment.NewLine}{result}");
        Assert.True(
            summary.MustFailed == 0 && summary.ShouldFailed == 0,
            $"{summary.CountsLine}{Environment.NewLine}{summary.BlockingFailures}");
        Assert.Equal(0, result.ExitCode);
    }
}
