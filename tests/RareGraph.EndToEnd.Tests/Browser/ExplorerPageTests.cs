using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using RareGraph.EndToEnd.Tests.Infrastructure;

namespace RareGraph.EndToEnd.Tests.Browser;

/// <summary>The explorer page as plain HTTP sees it: served at /graphql to browsers, self-contained, locked down.</summary>
[Collection(KestrelServerCollection.Name)]
public sealed partial class ExplorerPageTests(KestrelServer server)
{
    [E2eFact(E2eNeeds.Explorer)]
    public async Task Browser_Asking_For_Html_Gets_The_Explorer_With_All_Its_Assets()
    {
        E2eRequirements.Require(E2eNeeds.Explorer);
        using var client = server.CreateHttpClient();

        using var page = await GetHtmlAsync(client, "graphql");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>RareGraph explorer</title>", html, StringComparison.Ordinal);
        var assets = AssetReference().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            Assert.False(Uri.TryCreate(asset, UriKind.Absolute, out _), $"The page loads {asset} from elsewhere.");
            using var response = await client.GetAsync(new Uri(page.RequestMessage!.RequestUri!, asset));
            Assert.True(response.IsSuccessStatusCode, $"{asset} answered {(int)response.StatusCode}.");
        }
    }

    [E2eFact(E2eNeeds.Explorer)]
    public async Task Explorer_Page_Forbids_Loading_From_Other_Origins()
    {
        E2eRequirements.Require(E2eNeeds.Explorer);
        using var client = server.CreateHttpClient();

        using var page = await GetHtmlAsync(client, "graphql");

        Assert.True(page.Headers.TryGetValues("Content-Security-Policy", out var policies), "No Content-Security-Policy header.");
        Assert.Contains("default-src 'self'", string.Join(';', policies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Client_Without_Html_Accept_Still_Gets_GraphQL()
    {
        using var client = server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "graphql?query=%7B__typename%7D");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"__typename\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> GetHtmlAsync(HttpClient client, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        return client.SendAsync(request);
    }

    // No match timeout: it reads the page this repository builds, not untrusted input.
    [GeneratedRegex("""(?:src|href)="(?<url>[^"]+)""", RegexOptions.None, Timeout.Infinite)]
    private static partial Regex AssetReference();
}
