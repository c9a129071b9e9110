using RareGraph.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RareGraph.EndToEnd.Tests.Browser;

/// <summary>
/// The map at 20,000 nodes and 100,000 relationships (<c>tests/e2e/mapBenchmark.mjs</c>): it loads, draws and stays
/// usable. Load and frame times are measured and written to <c>map-benchmark.json</c> in the test artefacts (see
/// docs/benchmarks.md); nothing here asserts on time, which depends on the machine.
/// </summary>
public sealed class MapBenchmarkTests(LargeGraphServer server, ITestOutputHelper output) : IClassFixture<LargeGraphServer>
{
    [E2eFact(E2eNeeds.MapBrowser)]
    public async Task Map_Draws_Twenty_Thousand_Nodes_And_Records_Its_Frame_Times()
    {
        E2eRequirements.Require(E2eNeeds.MapBrowser);
        var artefacts = E2eEnvironment.ArtifactsDirectory;

        var result = await NodeTool.RunAsync(
            "mapBenchmark.mjs", TimeSpan.FromSeconds(900), server.BaseAddress.ToString(), artefacts,
            "--analyst-key", server.AnalystKey, "--threat", LargeGraph.ThreatKey,
            "--nodes", LargeGraph.Nodes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--relationships", LargeGraph.Relationships.ToString(System.Globalization.CultureInfo.InvariantCulture));

        output.WriteLine(result.ToString());
        Assert.True(result.ExitCode == 0, $"The map failed at {LargeGraph.Nodes} nodes.{Environment.NewLine}{result.StandardError}");
        Assert.True(File.Exists(Path.Combine(artefacts, "map-benchmark.json")), "mapBenchmark.mjs passed without writing its figures.");
    }
}
