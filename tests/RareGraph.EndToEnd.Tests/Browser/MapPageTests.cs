using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using RareGraph.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RareGraph.EndToEnd.Tests.Browser;

/// <summary>
/// The alliance map at <c>/</c>: served by the server alone, locked down like the explorer, told the caller's role by
/// <c>/session</c>, and exercised in headless Chromium by <c>tests/e2e/map.mjs</c> (sign in, impact list equals the
/// impact query, path highlight, as-of slider, a VIEWER sees nothing restricted, phone width, screenshots not blank).
/// </summary>
public sealed partial class MapPageTests(MapServer server, ITestOutputHelper output) : IClassFixture<MapServer>
{
    [E2eFact(E2eNeeds.Map)]
    public async Task Root_Serves_The_Map_With_All_Its_Assets_From_The_Server()
    {
        E2eRequirements.Require(E2eNeeds.Map);
        using var client = server.CreateHttpClient();

        using var page = await client.GetAsync(new Uri("/?threat=threat:2023-hu-sovereignty-protection-act", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", string.Join(';', page.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        foreach (var hook in new[] { "graph-canvas", "europe-map", "threat-picker", "timeline", "as-of", "impact-list", "entity-panel", "legend" })
        {
            Assert.Contains($"data-testid=\"{hook}\"", html, StringComparison.Ordinal);
        }

        var assets = AssetReference().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            Assert.False(Uri.TryCreate(asset, UriKind.Absolute, out _), $"The map loads {asset} from elsewhere.");
            using var response = await client.GetAsync(new Uri(page.RequestMessage!.RequestUri!, asset));
            Assert.True(response.IsSuccessStatusCode, $"{asset} answered {(int)response.StatusCode}.");
        }
    }

    [Fact]
    public async Task Session_Tells_The_Page_The_Callers_Role()
    {
        using var client = server.CreateHttpClient();

        var anonymous = await SessionAsync(client, key: null);
        var viewer = await SessionAsync(client, server.ViewerKey);
        var analyst = await SessionAsync(client, server.AnalystKey);

        Assert.Equal(("PUBLIC", false, true), anonymous);
        Assert.Equal(("VIEWER", true, true), viewer);
        Assert.Equal(("ANALYST", true, true), analyst);
    }

    [Fact]
    public async Task Session_Refuses_A_Key_It_Does_Not_Know_As_The_Api_Does()
    {
        using var client = server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "session");
        request.Headers.Add("X-Api-Key", "rg_not-a-key-this-server-issued");

        using var response = await client.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("UNAUTHENTICATED", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [E2eFact(E2eNeeds.MapBrowser)]
    public async Task Map_Shows_The_Impact_Of_An_Event_In_Chromium()
    {
        E2eRequirements.Require(E2eNeeds.MapBrowser);
        var artefacts = E2eEnvironment.ArtifactsDirectory;

        var result = await NodeTool.RunAsync(
            "map.mjs", TimeSpan.FromSeconds(600), server.BaseAddress.ToString(), artefacts,
            "--analyst-key", server.AnalystKey, "--viewer-key", server.ViewerKey, "--editor-key", server.EditorKey);

        output.WriteLine(result.ToString());
        Assert.True(
            result.ExitCode == 0,
            $"The map failed in Chromium (screenshots in {artefacts}).{Environment.NewLine}{result.StandardError}");
        Assert.True(File.Exists(Path.Combine(artefacts, "map-1-impact.png")), "map.mjs passed without writing its screenshots.");
    }

    private static async Task<(string Role, bool SignedIn, bool AnonymousRead)> SessionAsync(HttpClient client, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "session");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        return (root.GetProperty("role").GetString()!, root.GetProperty("signedIn").GetBoolean(), root.GetProperty("anonymousRead").GetBoolean());
    }

    // No match timeout: it reads the page this repository builds, not untrusted input.
    [GeneratedRegex("""(?:src|href)="(?<url>[^"#]+)""", RegexOptions.None, Timeout.Infinite)]
    private static partial Regex AssetReference();
}
