using RareGraph.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RareGraph.EndToEnd.Tests.Browser;

/// <summary>
/// The alliance's own work in the map's side panel, in headless Chromium (<c>tests/e2e/programme.mjs</c>): an editor
/// sees an organisation's campaigns and camps and a campaign's targets as the API answers them; a viewer sees the
/// campaigns and targets, and no attendance anywhere in the DOM, in a response or in a WebSocket frame.
/// </summary>
public sealed class ProgrammePanelTests(MapServer server, ITestOutputHelper output) : IClassFixture<MapServer>
{
    [E2eFact(E2eNeeds.MapBrowser)]
    public async Task Panel_Shows_Camps_And_Campaigns_To_Editors_And_No_Attendance_To_Viewers()
    {
        E2eRequirements.Require(E2eNeeds.MapBrowser);
        var artefacts = E2eEnvironment.ArtifactsDirectory;

        var result = await NodeTool.RunAsync(
            "programme.mjs", TimeSpan.FromSeconds(600), server.BaseAddress.ToString(), artefacts,
            "--viewer-key", server.ViewerKey, "--editor-key", server.EditorKey);

        output.WriteLine(result.ToString());
        Assert.True(
            result.ExitCode == 0,
            $"The programme panel failed in Chromium (screenshots in {artefacts}).{Environment.NewLine}{result.StandardError}");
    }
}
