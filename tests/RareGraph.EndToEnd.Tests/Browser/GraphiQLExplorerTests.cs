using RareGraph.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RareGraph.EndToEnd.Tests.Browser;

/// <summary>
/// The GraphiQL explorer in headless Chromium (<c>tests/e2e/graphiql.mjs</c>, playwright-core): loads from the server
/// alone, runs the default query from the execute button, runs an edited query with Ctrl+Enter, and its GraphQL
/// worker validates against the live schema.
/// </summary>
[Collection(KestrelServerCollection.Name)]
public sealed class GraphiQLExplorerTests(KestrelServer server, ITestOutputHelper output)
{
    [E2eFact(E2eNeeds.Browser)]
    public async Task Explorer_Runs_Queries_In_Chromium()
    {
        E2eRequirements.Require(E2eNeeds.Browser);
        var screenshot = Path.Combine(E2eEnvironment.ArtifactsDirectory, "graphiql.png");

        var result = await NodeTool.RunAsync(
            "graphiql.mjs", TimeSpan.FromSeconds(300), server.BaseAddress.ToString(), screenshot, "--expect", "totalCount");

        output.WriteLine(result.ToString());
        // The step-by-step log is in the test output above; the message carries only what went wrong.
        Assert.True(
            result.ExitCode == 0,
            $"The explorer failed in Chromium (screenshot: {screenshot}).{Environment.NewLine}{result.StandardError}");
        Assert.True(File.Exists(screenshot), "graphiql.mjs passed without writing its screenshot.");
    }
}
